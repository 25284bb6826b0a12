package dev.rallypoint.court.backoffice;

/** The files a report downloads as. */
enum ReportFormat {

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
