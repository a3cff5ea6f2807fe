package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(QontoEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QontoEmulatorExtensionTest {

    private static QontoEmulator started;
    private static String addedId;

    @BeforeAll
    static void injectsIntoLifecycleMethods(QontoEmulator emulator) {
        started = emulator;
    }

    @Test
    @Order(1)
    void startsOneEmulatorForTheClass(QontoEmulator emulator) {
        assertThat(emulator).isSameAs(started);
        assertThat(emulator.isRunning()).isTrue();
        assertThat(Http.apiKey(emulator).get("/v2/organization").status()).isEqualTo(200);

        addedId = emulator.store().addTransaction(Map.of("label", "Left over"));
        emulator.faults().inject(FaultRule.builder().status(500).build());
    }

    @Test
    @Order(2)
    void resetsItBeforeEachTest(QontoEmulator emulator) {
        assertThat(emulator).isSameAs(started);
        assertThat(emulator.store().transaction(addedId)).isEmpty();
        assertThat(emulator.faults().active()).isEmpty();
        assertThat(emulator.journal().count()).isZero();
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheEmulatorOfTheirEnclosingClass(QontoEmulator emulator) {
            assertThat(emulator).isSameAs(started);
            assertThat(emulator.isRunning()).isTrue();
        }
    }
}
