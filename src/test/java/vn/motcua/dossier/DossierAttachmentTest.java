package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** Files handed in with a dossier: checked by content, kept with the dossier, readable by later steps. */
@MotCuaIntegrationTest
class DossierAttachmentTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    private String code;

    @BeforeEach
    void receiveADossier() {
        code = Http.as(port, "tiepnhan").post("/api/dossiers", """
                {"procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"kind": "CITIZEN", "fullName": "Phan Thị Yến", "idNumber": "042190007777"}}
                """).json().get("code").asText();
    }

    @Test
    void theDeskScansAPaperAndTheUnitReadsIt() throws Exception {
        Upload uploaded = upload("tiepnhan", "C:\\scan\\giấy chứng sinh.pdf", PDF, "Giấy chứng sinh");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode summary = new ObjectMapper().readTree(uploaded.body());
        assertThat(summary.get("fileName").asText()).isEqualTo("giấy chứng sinh.pdf");
        assertThat(summary.get("contentType").asText()).isEqualTo("application/pdf");

        JsonNode list = Http.as(port, "tuphap").get("/api/dossiers/" + code + "/attachments").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("paperName").asText()).isEqualTo("Giấy chứng sinh");
        HttpResponse<byte[]> download = get("tuphap", "/api/dossiers/" + code + "/attachments/"
                + list.get(0).get("id").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(Http.as(port, "tiepnhan").get("/api/dossiers/" + code).json().get("events")
                .findValuesAsText("type")).contains("ATTACHED");
    }

    @Test
    void badFilesAreRefusedWithAReasonAndNothingIsKept() throws Exception {
        Upload text = upload("tiepnhan", "giay.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), null);
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("Chỉ nhận tệp PDF, JPG hoặc PNG");
        assertThat(upload("tiepnhan", "rong.pdf", new byte[0], null).body()).contains("Tệp đính kèm rỗng");
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1024);
        Upload tooLarge = upload("tiepnhan", "lon.pdf", huge, null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("tối đa 10 MB");

        assertThat(upload("tuphap", "a.pdf", PDF, null).status()).as("units read, the desk uploads").isEqualTo(403);
        assertThat(upload(null, "a.pdf", PDF, null).status()).isEqualTo(401);
        assertThat(Http.as(port, "tiepnhan").get("/api/dossiers/" + code + "/attachments").json()).isEmpty();
        assertThat(Http.as(port, "tiepnhan").get("/api/dossiers/KHONG-CO/attachments").status()).isEqualTo(404);
    }

    private record Upload(int status, String body) {
    }

    private Upload upload(String user, String fileName, byte[] content, String paperName)
            throws IOException, InterruptedException {
        String boundary = "----motcua" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        if (paperName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"paperName\"\r\n\r\n" + paperName
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers/"
                        + code + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Upload(response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> get(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
