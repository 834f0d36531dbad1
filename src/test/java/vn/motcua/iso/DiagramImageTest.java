package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The PDF's diagram is drawn from the model's diagram interchange: its size follows the shapes' bounds. */
class DiagramImageTest {

    @Test
    void drawsTheModelAtTwiceItsDiagramSizeWithAMargin() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("src/test/resources/iso/iso-audit-sample-v1.bpmn"));

        byte[] png = new DiagramImage().png(model);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // Shapes span x 150..756 (end event at 720, 36 wide) and y 80..160, plus 30 under each shape for labels.
        assertThat(image.getWidth()).isEqualTo((756 - 150 + 40) * 2);
        assertThat(image.getHeight()).isEqualTo((190 - 80 + 40) * 2);
        assertThat(image.getRGB(image.getWidth() / 2, 5)).as("white background").isEqualTo(0xFFFFFFFF);
        // The first task's top border (y = 80) is drawn in black, at its middle x = 290.
        assertThat(image.getRGB((290 - 150 + 20) * 2, (80 - 80 + 20) * 2) & 0xFFFFFF).isLessThan(0x404040);
        Path target = Path.of("target", "screenshots", "iso-diagram.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
    }

    @Test
    void aModelWithoutDiagramHasNoImage() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream("""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
                  <process id="x" isExecutable="true"><startEvent id="s"/></process>
                </definitions>""".getBytes(StandardCharsets.UTF_8)));
        assertThat(new DiagramImage().png(model)).isNull();
    }
}
