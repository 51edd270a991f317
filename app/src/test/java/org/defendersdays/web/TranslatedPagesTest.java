package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defendersdays.testing.Http;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Key pages in Spanish, French and Russian, over real HTTP: the {@code lang} attribute, translated
 * headings, dates written the way each language writes them, Latin digits, and left-to-right text
 * (right-to-left stays Arabic's alone).
 */
@PlatformTest
class TranslatedPagesTest {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    private String page(String path, String language) {
        HttpResponse<String> response = new Http(port).get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        assertThat(response.statusCode()).as("%s in %s", path, language).isEqualTo(200);
        return response.body().replace("&#39;", "'");
    }

    private static String heading(String body) {
        Matcher matcher = H1.matcher(body);
        assertThat(matcher.find()).as("an h1").isTrue();
        return matcher.group(1).trim();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Tres partes     | Iniciar sesión | Bootcamp: formación a distancia para personas defensoras de derechos humanos
            fr | Trois volets    | Connexion      | Bootcamp : formation à distance pour les défenseurs des droits humains
            ru | Три направления | Вход           | Буткемп: дистанционное обучение для правозащитников
            """)
    void keyPagesAreInTheChosenLanguageAndLeftToRight(String language, String homeSection, String signIn,
            String catalogue) {
        String html = "<html lang=\"" + language + "\" dir=\"ltr\">";

        String home = page("/", language);
        assertThat(home).contains(html).contains("<h2", homeSection).contains("Defenders' Days");
        assertThat(heading(home)).isEqualTo("Defenders' Days");

        String login = page("/login", language);
        assertThat(login).contains(html);
        assertThat(heading(login)).isEqualTo(signIn);

        String bootcamp = page("/bootcamp/programmes", language);
        assertThat(bootcamp).contains(html);
        assertThat(heading(bootcamp)).isEqualTo(catalogue);

        for (String body : List.of(home, login, bootcamp)) {
            assertThat(body).doesNotContain("<html lang=\"" + language + "\" dir=\"rtl\"", "??");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Del 9 de abril al 12 de abril de 2018 | Unas 200 personas defensoras de derechos humanos | Edición anterior
            fr | Du 9 avril au 12 avril 2018           | Environ 200 défenseurs des droits humains        | Édition passée
            ru | С 9 апреля по 12 апреля 2018 г.       | Около 200 правозащитников                        | Прошедшая конференция
            """)
    void anEditionWritesItsDatesAndNumbersTheWayTheLanguageDoes(String language, String dates, String participants,
            String past) {
        String edition = page("/conference/editions/2018", language);

        assertThat(edition).contains("<html lang=\"" + language + "\" dir=\"ltr\">")
                .contains(dates, participants, past);
        assertThat(heading(edition)).isEqualTo("Defenders' Days 2018");
    }

    @Test
    void theLanguageSwitchNamesEveryLanguageInItselfOnEveryPage() {
        for (String language : List.of("en", "es", "fr", "ru", "ar")) {
            assertThat(page("/", language)).as(language)
                    .containsPattern("lang=\"en\" dir=\"ltr\"[^>]*>English</a>")
                    .containsPattern("lang=\"es\" dir=\"ltr\"[^>]*>Español</a>")
                    .containsPattern("lang=\"fr\" dir=\"ltr\"[^>]*>Français</a>")
                    .containsPattern("lang=\"ru\" dir=\"ltr\"[^>]*>Русский</a>")
                    .containsPattern("lang=\"ar\" dir=\"rtl\"[^>]*>العربية</a>");
        }
    }

    @Test
    void theChoiceIsRememberedAndOnlyArabicTurnsThePageRightToLeft() {
        HttpResponse<String> russian = new Http(port).get("/?lang=ru");
        assertThat(russian.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("lang=ru"));
        assertThat(new Http(port).get("/community/groups", "Cookie", "lang=fr").body())
                .contains("<html lang=\"fr\" dir=\"ltr\">").contains("Groupes de la communauté");
        assertThat(new Http(port).get("/", "Accept-Language", "es-MX,es;q=0.9").body())
                .contains("<html lang=\"es\" dir=\"ltr\">");
        assertThat(page("/", "ar")).contains("<html lang=\"ar\" dir=\"rtl\">");
    }
}
