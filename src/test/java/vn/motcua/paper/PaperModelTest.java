package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void numbersAPaperWithTheFormSuffixAndTheIssuerAbbreviation() {
        Letterhead letterhead = new Letterhead(Samples.CENTRE, "125", DAY);

        assertThat(letterhead.numberLine(OfficialForm.RECEIPT)).isEqualTo("Số: 125/TNHS-TTPVHCC");
        assertThat(letterhead.numberLine(OfficialForm.LEDGER)).isEqualTo("Số: 125/STD-TTPVHCC");
    }

    @Test
    void leavesTheNumberBlankToFillInByHand() {
        Issuer noAbbreviation = new Issuer(null, "Trung tâm Phục vụ hành chính công", null, "Sơn Trung");

        assertThat(new Letterhead(noAbbreviation, null, DAY).numberLine(OfficialForm.REFUSAL))
                .isEqualTo("Số: ……/PTC");
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<Handover> handovers = new ArrayList<>(Samples.controlSlip().handovers());
        ControlSlip slip = Samples.controlSlip();
        ControlSlip copy = new ControlSlip(slip.letterhead(), slip.dossierCode(), slip.processingBody(), null,
                slip.receivedAt(), slip.appointmentAt(), handovers);

        handovers.clear();

        assertThat(copy.handovers()).hasSize(4);
    }

    @Test
    void refusesAnApologyThatDoesNotPostponeTheAppointment() {
        Apology apology = Samples.apology();

        assertThatThrownBy(() -> new Apology(apology.letterhead(), apology.dossierCode(), apology.applicant(),
                apology.procedureName(), apology.receivingBody(), apology.receivedAt(), apology.appointmentAt(),
                apology.reason(), apology.appointmentAt(), apology.signatory()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptySupplementRequest() {
        SupplementRequest request = Samples.supplementRequest();

        assertThatThrownBy(() -> new SupplementRequest(request.letterhead(), null, request.applicant(),
                request.request(), List.of(), request.reason(), request.guideName(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALedgerPeriodThatEndsBeforeItStarts() {
        Ledger ledger = Samples.ledger();

        assertThatThrownBy(() -> new Ledger(ledger.letterhead(), ledger.field(), ledger.to(), ledger.from(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresTheApplicantsName() {
        assertThatThrownBy(() -> new Applicant(null, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("fullName");
    }
}
