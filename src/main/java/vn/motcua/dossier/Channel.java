package vn.motcua.dossier;

/** How the dossier reached the commune (Decree 118/2025 Art. 15); codes as the national KPI system counts them. */
public enum Channel {
    /** Trực tiếp tại Bộ phận Một cửa (KenhThucHien 1). */
    COUNTER,
    /** Trực tuyến qua Cổng Dịch vụ công (KenhThucHien 2). */
    ONLINE,
    /** Bưu chính công ích (KenhThucHien 3). */
    POST
}
