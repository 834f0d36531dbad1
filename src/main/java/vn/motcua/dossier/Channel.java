package vn.motcua.dossier;

/** How the dossier reached the commune (Decree 118/2025 Art. 15); codes as the national KPI system counts them. */
public enum Channel {
    /** KenhThucHien 1. */
    COUNTER("trực tiếp tại Trung tâm Phục vụ hành chính công"),
    /** KenhThucHien 2. */
    ONLINE("trực tuyến qua Cổng Dịch vụ công"),
    /** KenhThucHien 3. */
    POST("qua dịch vụ bưu chính công ích");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
