package vn.motcua.paper;

/**
 * One filled-in official form, ready to render. Plain data, independent of the dossier's persistence
 * and of the engine, so any module can map its own model onto it.
 */
public sealed interface OfficialPaper
        permits Receipt, SupplementRequest, Refusal, Apology, StopNotice, ControlSlip, Ledger {

    OfficialForm form();

    Letterhead letterhead();
}
