package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A conference admin, in a real headless Chromium with nothing but links and forms, adds a speaker,
 * is told that a 6 MB file is too large (over the 5 MB limit, answered next to the field),
 * uploads a photo, records consent to the name and the photo, sees the preview of what the public
 * sees, and withdraws the consent to the photo: from then on its public address answers 404. The
 * page is then checked in Arabic, right to left.
 */
@PlatformTest
class SpeakerConsentBrowserTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Path folder;

    @AfterEach
    void removeFiles() throws Exception {
        if (folder != null) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Test
    void anAdminAddsASpeakerWithAPhotoRecordsConsentAndWithdrawsItAgain() throws Exception {
        folder = Files.createTempDirectory("dd-speaker-photos-");
        Path photo = folder.resolve("portrait.jpg");
        Files.write(photo, jpeg(900, 700));
        Path huge = folder.resolve("huge.jpg");
        byte[] noise = new byte[6 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(huge, noise);

        String base = url("");
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        WebDriver driver = browser.driver();

        driver.get(base + "/admin?lang=en");
        browser.clickToNextPage(By.cssSelector("main .cards a[href='/admin/conference/speakers']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trainers, panellists and speakers");
        assertAccessible("the speakers list");
        browser.clickToNextPage(By.linkText("Add a speaker"));
        assertAccessible("the new speaker form");

        driver.findElement(By.id("name")).sendKeys("Amina K.");
        driver.findElement(By.id("organisation")).sendKeys("Safe Voices");
        browser.clickToNextPage(By.cssSelector("form.profile button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("speaker was added");
        assertThat(preview(driver).getText()).contains("Nothing: without consent to the name");
        assertAccessible("the speaker page");

        driver.findElement(By.id("photo")).sendKeys(huge.toString());
        browser.clickToNextPage(By.cssSelector("form.upload-photo button[type=submit]"));
        assertThat(driver.findElement(By.id("photo-error")).getText()).contains("larger than 5 MB");
        assertThat(driver.findElement(By.id("photo")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("the speaker page with a refused upload");

        driver.findElement(By.id("photo")).sendKeys(photo.toString());
        browser.clickToNextPage(By.cssSelector("form.upload-photo button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("photo was saved");

        driver.findElement(By.id("how-NAME")).sendKeys("signed form, 2 March");
        browser.clickToNextPage(By.cssSelector("tr[data-field='NAME'] form.record button"));
        driver.findElement(By.id("how-PHOTO")).sendKeys("signed form, 2 March");
        browser.clickToNextPage(By.cssSelector("tr[data-field='PHOTO'] form.record button"));
        assertThat(driver.findElement(By.cssSelector("tr[data-field='PHOTO']")).getText())
                .contains("Given", "signed form, 2 March");
        assertAccessible("the speaker page with consents");

        WebElement shown = preview(driver).findElement(By.tagName("img"));
        assertThat(preview(driver).getText()).contains("Amina K.").doesNotContain("Safe Voices");
        assertThat(((Number) browser.driver().executeScript("return arguments[0].naturalWidth;", shown)).intValue())
                .as("the previewed photo loaded, scaled down").isEqualTo(600);
        String publicPhoto = shown.getAttribute("src");
        assertThat(publicPhoto).matches(".*/conference/speakers/[0-9a-f-]{36}/photo/[0-9a-f]{64}\\.jpg");
        assertThat(anonymousStatus(publicPhoto)).isEqualTo(200);

        browser.clickToNextPage(By.cssSelector("tr[data-field='PHOTO'] form.withdraw button"));
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("no longer shown");
        assertThat(preview(driver).findElements(By.tagName("img"))).isEmpty();
        assertThat(anonymousStatus(publicPhoto)).isEqualTo(404);

        driver.get(driver.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(preview(driver).getText()).contains("ما يراه العموم", "Amina K.");
        assertAccessible("the speaker page in Arabic");
    }

    private static WebElement preview(WebDriver driver) {
        return driver.findElement(By.cssSelector("section.preview"));
    }

    private static int anonymousStatus(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(40, 110, 90));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
