package io.camelqonto.examples.springboot;

import java.io.File;

import io.camelqonto.examples.flows.ApprovalLimit;
import io.camelqonto.examples.flows.LedgerCsv;
import io.camelqonto.examples.flows.PaymentsCsv;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Three Qonto flows as XML routes ({@code classpath:camel/*.xml}): automatic approval of pending transfer
 * requests, a monthly CSV ledger of completed transactions, and SEPA transfers from CSV files dropped into an
 * inbox. The beans below are the ones the routes call by name. Without Qonto credentials in the environment the
 * application runs against an in-process emulator (see {@link DemoModeInitializer}).
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }

    @Bean
    ApprovalLimit approvalLimit(@Value("${approvals.threshold}") String threshold) {
        ApprovalLimit limit = new ApprovalLimit();
        limit.setAmount(threshold);
        return limit;
    }

    /** Where the ledger route's consumer keeps its cursor: a file, so that a restart resumes where it stopped. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    FileStateRepository ledgerState(@Value("${example.work-dir}/state/ledger.properties") File file) {
        return FileStateRepository.fileStateRepository(file);
    }

    /** Where the activity flow's gap-fill poll keeps its cursor. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    FileStateRepository activityState(@Value("${example.work-dir}/state/activity.properties") File file) {
        return FileStateRepository.fileStateRepository(file);
    }

    /** The Qonto events the activity flow has delivered, kept in a file so that a restart delivers none again. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    FileIdempotentRepository activityEvents(@Value("${example.work-dir}/state/activity-events.txt") File file) {
        return (FileIdempotentRepository) FileIdempotentRepository.fileIdempotentRepository(file, 10_000,
                10 * 1024 * 1024);
    }

    @Bean
    LedgerCsv ledgerCsv(@Value("${example.work-dir}/ledger") String directory) {
        LedgerCsv ledger = new LedgerCsv();
        ledger.setDirectory(directory);
        return ledger;
    }

    @Bean
    PaymentsCsv paymentsCsv(@Value("${example.bank-account-id}") String bankAccountId,
            @Value("${example.work-dir}/payments/errors") String errorDirectory) {
        PaymentsCsv payments = new PaymentsCsv();
        payments.setDefaultBankAccountId(bankAccountId);
        payments.setErrorDirectory(errorDirectory);
        return payments;
    }
}
