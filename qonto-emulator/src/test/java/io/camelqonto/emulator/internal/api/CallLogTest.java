package io.camelqonto.emulator.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelqonto.emulator.internal.http.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallLogTest {

    private static final Endpoint GET_THING = Endpoint.anyAuth("GET", "/v2/things/{id}", null, call -> null);
    private static final Endpoint CREATE_THING = Endpoint.oauthOnly("POST", "/v2/things", null, call -> null);
    private static final Endpoint DELETE_THING = Endpoint.oauthOnly("DELETE", "/v2/things/{id}", null, call -> null);

    @TempDir
    Path dir;

    @Test
    void eachOperationIsOneLineOfThisJvmsFileHoweverOftenAndConcurrentlyItIsAnswered() throws Exception {
        Path logs = dir.resolve("not/there/yet");
        CallLog log = CallLog.create(logs.toString());
        List<Endpoint> endpoints = List.of(GET_THING, CREATE_THING, DELETE_THING);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> answers = IntStream.range(0, 8).<Future<?>>mapToObj(thread -> pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    log.answered(endpoints.get((thread + i) % endpoints.size()), ApiResponse.empty(200));
                }
            })).toList();
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        try (var files = Files.list(logs)) {
            assertThat(files).containsExactly(logs.resolve(ProcessHandle.current().pid() + CallLog.SUFFIX));
        }
        assertThat(lines(logs)).containsExactlyInAnyOrder("GET /v2/things/{id}", "POST /v2/things",
                "DELETE /v2/things/{id}");
    }

    @Test
    void anOperationThatAnsweredOnlyErrorsIsNotRecorded() throws IOException {
        CallLog log = CallLog.create(dir.toString());

        log.answered(GET_THING, ApiResponse.empty(404));
        log.answered(CREATE_THING, ApiResponse.empty(422));
        log.answered(CREATE_THING, ApiResponse.empty(201));

        assertThat(lines(dir)).containsExactly("POST /v2/things");
    }

    @Test
    void aLogThatCannotBeWrittenFailsNamingThePropertyThatAskedForIt() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "");
        CallLog log = CallLog.create(notADirectory.toString());

        assertThatThrownBy(() -> log.answered(GET_THING, ApiResponse.empty(200)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(CallLog.PROPERTY)
                .hasMessageContaining(notADirectory.toString());
    }

    private static List<String> lines(Path logs) throws IOException {
        return Files.readAllLines(logs.resolve(ProcessHandle.current().pid() + CallLog.SUFFIX));
    }
}
