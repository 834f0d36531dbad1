/**
 * Inter-agency procedures (thủ tục liên thông, Nghị định 63/2024/NĐ-CP): the commune hands a dossier
 * over electronically to another agency (police, social insurance), which works its part as a task
 * of its own or answers through {@link vn.motcua.interagency.InterAgencyController}; each hand-over
 * is recorded on the dossier, so the E-TRANSFER KPI counts it.
 */
package vn.motcua.interagency;
