package org.defendersdays.bootcamp.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.bootcamp.BootcampTestApplication.ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.UUID;

import org.defendersdays.bootcamp.BootcampTestApplication;
import org.defendersdays.bootcamp.PreparationFixture;
import org.defendersdays.bootcamp.PreparationFixture.Created;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.OfferPreparationUseCase;
import org.defendersdays.bootcamp.application.port.in.PrepareForConferenceUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin marks a programme as an edition's preparation in its back-office form; an accepted
 * person sees the offer on their own page. The signed-in person is the module test application's admin.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PreparationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CreateProgrammeUseCase create;

    @Autowired
    PublishProgrammeUseCase publish;

    @Autowired
    PrepareForConferenceUseCase preparation;

    @Autowired
    OfferPreparationUseCase offers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminMarksAProgrammeAsAnEditionsPreparationAndAnotherCannotTakeTheSameEdition() throws Exception {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = 2073");
        Created first = PreparationFixture.published(create, publish, "First preparation");
        Created second = PreparationFixture.published(create, publish, "Second preparation");

        assertThat(page("/admin/bootcamp/programmes/" + first.id() + "/preparation")).contains("Edition year");
        mvc.perform(post("/admin/bootcamp/programmes/{id}/preparation", first.id().value()).param("editionYear", "2073"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/bootcamp/programmes/" + first.id() + "/preparation"));
        assertThat(preparation.preparesFor(first.id())).contains(2073);
        assertThat(BootcampTestApplication.AUDITED).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("bootcamp.programme.preparation");
            assertThat(entry.detail()).contains("edition:2073");
        });
        assertThat(page("/admin/bootcamp/programmes/" + first.id())).contains("/preparation");

        String refused = mvc.perform(post("/admin/bootcamp/programmes/{id}/preparation", second.id().value())
                .header("Accept-Language", "en").param("editionYear", "2073"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Another programme already prepares for that edition", "value=\"2073\"");
        assertThat(preparation.preparesFor(second.id())).isEmpty();

        mvc.perform(post("/admin/bootcamp/programmes/{id}/preparation", second.id().value())
                .header("Accept-Language", "en").param("editionYear", "20x3"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/bootcamp/programmes/{id}/preparation", first.id().value()).param("editionYear", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(preparation.preparesFor(first.id())).isEmpty();
    }

    @Test
    void aPersonSeesTheProgrammesOfferedToThemWithALink() throws Exception {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = 2074");
        assertThat(page("/bootcamp/offers")).contains("Nothing has been offered to you yet");

        Created programme = PreparationFixture.published(create, publish, "Safe travel to the conference");
        preparation.prepareFor(programme.id(), Optional.of(2074), ADMIN.id());
        offers.offerTo(2074, ADMIN.id());

        assertThat(page("/bootcamp/offers")).contains("Safe travel to the conference",
                "href=\"/bootcamp/programmes/" + programme.slug() + "\"", "preparation for Defenders&#39; Days 2074");
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        mvc.perform(get("/admin/bootcamp/programmes/{id}/preparation", UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
