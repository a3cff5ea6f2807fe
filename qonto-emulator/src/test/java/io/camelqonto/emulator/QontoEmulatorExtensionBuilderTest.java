package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QontoEmulatorExtensionBuilderTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.seed(7).apiKey("acme", "s3cr3t"))
            .resetBeforeEach(false)
            .build();

    private static String addedId;

    @Test
    @Order(1)
    void appliesTheConfiguration() {
        QontoEmulator emulator = QONTO.emulator();

        assertThat(emulator.seed()).isEqualTo(7);
        assertThat(Http.anonymous(emulator).with("Authorization", "acme:s3cr3t").get("/v2/organization").status())
                .isEqualTo(200);
        addedId = emulator.store().addTransaction(Map.of());
    }

    @Test
    @Order(2)
    void keepsStateBetweenTestsWhenResetIsOff(QontoEmulator emulator) {
        assertThat(emulator).isSameAs(QONTO.emulator());
        assertThat(emulator.store().transaction(addedId)).isPresent();
    }
}
