package io.camelqonto.component.springboot;

import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.qonto.configuration given as a bean reference together with flat options: the bean is the base,
 * the flat options apply on top of it, and the bean itself is left as the application made it.
 */
@CamelSpringBootTest
@SpringBootTest(classes = QontoStarterConfigurationBeanTest.TestApplication.class, properties = {
    "camel.component.qonto.configuration=#bean:qontoDefaults",
    "camel.component.qonto.login=from-properties",
    "camel.component.qonto.sca-mode=wait",
    "camel.component.qonto.retry-max-delay=2500"
})
class QontoStarterConfigurationBeanTest {

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private QontoConfiguration qontoDefaults;

    @Test
    void flatOptionsApplyOnTopOfTheConfigurationBean() {
        QontoConfiguration configuration = camelContext.getComponent("qonto", QontoComponent.class).getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo("http://qonto.test");
        assertThat(configuration.getTwoFactorPreference()).isEqualTo("passkey");
        assertThat(configuration.getLogin()).isEqualTo("from-properties");
        assertThat(configuration.getScaMode()).isEqualTo("wait");
        assertThat(configuration.getRetryMaxDelay()).isEqualTo(2500);

        assertThat(configuration).isNotSameAs(qontoDefaults);
        assertThat(qontoDefaults.getLogin()).isEqualTo("from-bean");
        assertThat(qontoDefaults.getScaMode()).isEqualTo("fail");
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        QontoConfiguration qontoDefaults() {
            QontoConfiguration configuration = new QontoConfiguration();
            configuration.setBaseUrl("http://qonto.test");
            configuration.setTwoFactorPreference("passkey");
            configuration.setLogin("from-bean");
            return configuration;
        }
    }
}
