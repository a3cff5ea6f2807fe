package io.camelqonto.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.camelqonto.model.BankAccount;
import io.camelqonto.model.EinvoicingSettings;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Membership;
import io.camelqonto.model.NewMembership;
import io.camelqonto.model.Team;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The own membership, invitations, teams, business account writes, the IBAN certificate and e-invoicing settings. */
class QontoMembersTeamsAndAccountsTest extends QontoTestSupport {

    @Test
    void theOwnMembershipIsReadAndAMemberInvitedIntoATeam() {
        String team = (String) emulator.store().teams().get(0).get("id");

        Membership own = template.requestBody("qonto:membership", null, Membership.class);
        Membership invited = template.requestBody("qonto:membership?operation=invite",
                new NewMembership("laurie.bream@raviga.example", "Laurie", "Bream", "accountant", team, null),
                Membership.class);
        Exchange invalid = template.request("qonto:membership?operation=invite",
                e -> e.getMessage().setBody(NewMembership.of("not-an-email", "", "Bream", null)));

        assertThat(own.id()).isEqualTo(emulator.store().memberships().get(0).get("id"));
        assertThat(own.email()).isNotBlank();
        assertThat(own.kycStatus()).isEqualTo("accepted");
        assertThat(invited.teamId()).isEqualTo(team);
        assertThat(invited.role()).isEqualTo("accountant");
        assertThat(emulator.store().memberships()).last().satisfies(m -> assertThat(m)
                .containsEntry("email", "laurie.bream@raviga.example").containsEntry("status", "pending"));
        assertThat(((InvalidInputException) invalid.getException()).fields())
                .containsExactly("membership.first_name", "membership.role", "membership.email");
        assertThat(apiCalls("POST", "/v2/memberships")).hasSize(1);
        assertThat(own.toString()).doesNotContain(own.email());
    }

    @Test
    void teamsAreListedAndCreatedFromTheNameHeader() {
        Exchange created = template.request("qonto:team", e -> e.getMessage().setHeader("CamelQontoName", "Growth"));
        List<?> teams = template.requestBody("qonto:teams?perPage=2", null, List.class);

        Team team = created.getMessage().getBody(Team.class);
        assertThat(team.name()).isEqualTo("Growth");
        assertThat(created.getMessage().getHeader(QontoConstants.ID)).isEqualTo(team.id());
        assertThat(teams).hasSize(emulator.store().teams().size());
        assertThat(teams.stream().map(Team.class::cast).toList()).contains(team);
        assertThat(apiCalls("POST", "/v2/teams")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{\"name\":\"Growth\"}"));
    }

    @Test
    void aBusinessAccountIsOpenedAndClosedUnderSca() {
        BankAccount opened = template.requestBody("qonto:bankAccount?operation=create&name=Project ABC", null,
                BankAccount.class);
        Exchange closed = template.request("qonto:bankAccount?operation=close&scaMode=mock",
                e -> e.getMessage().setHeader(QontoConstants.ID, opened.id()));

        assertThat(opened.name()).isEqualTo("Project ABC");
        assertThat(opened.iban()).startsWith("FR76");
        assertThat(closed.getException()).isNull();
        assertThat(closed.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("closed");
        assertThat(emulator.store().bankAccounts()).filteredOn(a -> opened.id().equals(a.get("id")))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("status", "closed"));
        assertThat(apiCalls("POST", "/v2/bank_accounts")).first().satisfies(call -> {
            assertThat(call.header("X-Qonto-Idempotency-Key")).isPresent();
            assertThat(call.body()).isEqualTo("{\"bank_account\":{\"name\":\"Project ABC\"}}");
        });
    }

    @Test
    void aBusinessAccountIsRenamedFromTheHeader() {
        String taxes = (String) emulator.store().bankAccounts().get(1).get("id");

        BankAccount renamed = template.requestBodyAndHeaders("qonto:bankAccount?operation=update", null,
                Map.of(QontoConstants.ID, taxes, "CamelQontoName", "VAT reserve"), BankAccount.class);

        assertThat(renamed.name()).isEqualTo("VAT reserve");
        assertThat(emulator.store().bankAccounts().get(1)).containsEntry("name", "VAT reserve");
    }

    @Test
    void theIbanCertificateIsStreamedWithItsTypeAndName() throws Exception {
        String id = mainAccountId();

        Exchange certificate = template.request("qonto:bankAccount?operation=downloadIbanCertificate",
                e -> e.getMessage().setHeader(QontoConstants.ID, id));

        assertThat(certificate.getException()).isNull();
        Object body = certificate.getMessage().getBody();
        assertThat(body).isInstanceOf(InputStream.class);
        String pdf;
        try (InputStream in = (InputStream) body) {
            pdf = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(pdf).startsWith("%PDF-").contains(mainAccountIban());
        assertThat(certificate.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(certificate.getMessage().getHeader(Exchange.FILE_NAME, String.class))
                .startsWith("iban-certificate-").endsWith(".pdf");
        assertThat(certificate.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class))
                .isEqualTo(pdf.length());
    }

    @Test
    void theEinvoicingSettingsAreRead() {
        EinvoicingSettings settings = template.requestBody("qonto:einvoicingSettings", null,
                EinvoicingSettings.class);

        assertThat(settings.sendingStatus()).isEqualTo("enabled");
        assertThat(settings.receivingStatus()).isEqualTo("pending_creation");
    }
}
