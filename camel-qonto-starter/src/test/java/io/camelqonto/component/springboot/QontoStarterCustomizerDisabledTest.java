package io.camelqonto.component.springboot;

import io.camelqonto.component.QontoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.qonto.customizer.enabled=false leaves the component as Camel creates it. */
@CamelSpringBootTest
@SpringBootTest(classes = QontoStarterCustomizerDisabledTest.TestApplication.class, properties = {
    "camel.component.qonto.customizer.enabled=false",
    "camel.component.qonto.per-page=7"
})
class QontoStarterCustomizerDisabledTest {

    @Autowired
    private CamelContext camelContext;

    @Test
    void propertiesAreNotApplied() {
        assertThat(camelContext.getComponent("qonto", QontoComponent.class).getConfiguration().getPerPage())
                .isEqualTo(100);
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {
    }
}
