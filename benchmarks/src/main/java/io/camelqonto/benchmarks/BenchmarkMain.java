package io.camelqonto.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every benchmark once and prints the results as Markdown (also written to the file named by the first
 * argument). Sizes can be changed with system properties: {@code bench.items} (items per throughput run, default
 * 100,000), {@code bench.rounds} (measured rounds, default 7), {@code bench.heapItems} (default 1,000,000),
 * {@code bench.budgetSeconds} (length of the run where the 10-minute window binds, default 180).
 */
public final class BenchmarkMain {

    private static final int PER_PAGE = 100;
    private final StringBuilder report = new StringBuilder();
    private final FastQontoServer server;

    private BenchmarkMain(FastQontoServer server) {
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        try (FastQontoServer server = new FastQontoServer()) {
            BenchmarkMain main = new BenchmarkMain(server);
            main.run();
            if (args.length > 0) {
                Path out = Path.of(args[0]);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, main.report);
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int items = Integer.getInteger("bench.items", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 7);
        Set<String> sections = sections(System.getProperty("bench.sections", String.join(",", SECTIONS)));
        machine();
        if (sections.contains("throughput")) {
            throughput(items, rounds);
        }
        if (sections.contains("requests")) {
            requestsPerItem(items);
        }
        if (sections.contains("heap")) {
            heap(Integer.getInteger("bench.heapItems", 1_000_000));
        }
        if (sections.contains("budget")) {
            rateBudget(Duration.ofSeconds(Integer.getInteger("bench.budgetSeconds", 180)));
        }
        if (sections.contains("payments")) {
            payments(rounds);
        }
        line("");
        line("Load average after the run: " + load());
    }

    /** The sections of the report, in the order they run; {@code -Dbench.sections} picks some of them. */
    private static final List<String> SECTIONS = List.of("throughput", "requests", "heap", "budget", "payments");

    private static Set<String> sections(String asked) {
        Set<String> picked = new LinkedHashSet<>();
        for (String name : asked.split(",")) {
            String section = name.trim();
            if (!SECTIONS.contains(section)) {
                throw new IllegalArgumentException("bench.sections: unknown section '" + section + "', known: "
                        + String.join(", ", SECTIONS));
            }
            picked.add(section);
        }
        return picked;
    }

    private void machine() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        line("## Machine");
        line("");
        line("- " + os.getAvailableProcessors() + " processors, " + os.getName() + " " + os.getVersion() + " "
             + os.getArch() + ", " + memory() + " of memory");
        line("- Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), heap "
             + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        line("- Load average before the run: " + load());
        line("");
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1L << 30) + " GiB";
        }
        return "unknown";
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The three contenders, interleaved (the order rotates each round), after one round of warm-up. */
    private void throughput(int items, int rounds) throws Exception {
        Map<String, List<RunResult>> results = new LinkedHashMap<>();
        results.put("component consumer", new ArrayList<>());
        results.put("HttpClient 5 + Jackson loop", new ArrayList<>());
        results.put("camel-http + Jackson + split route", new ArrayList<>());
        List<String> names = new ArrayList<>(results.keySet());
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((round + i) % names.size());
                server.serve(Transactions.distinct(items), null);
                RunResult result = switch (name) {
                    case "component consumer" -> Contenders.consumer(server, items, "", Contenders.unlimited());
                    case "HttpClient 5 + Jackson loop" -> Contenders.rawLoop(server, items);
                    default -> Contenders.camelHttpRoute(server, items);
                };
                if (round > 0) {
                    results.get(name).add(result);
                }
                System.out.printf("round %d %s: %.0f items/s, %.1f us CPU/item%n", round, name, result.perSecond(),
                        result.cpuMicrosPerItem());
            }
        }
        line("## Throughput and CPU per item, rate limiter lifted");
        line("");
        line(items + " transactions (about 2 KB of JSON each, 100 per page), read " + rounds
             + " times by each contender, interleaved, after one round of warm-up. CPU is the thread CPU time of every"
             + " thread but the server's; allocation is what those threads allocated.");
        line("");
        line("| contender | items/s (median) | spread | CPU µs/item (median) | spread | allocated KB/item | requests |");
        line("|---|---|---|---|---|---|---|");
        Map<String, Stats> rates = new LinkedHashMap<>();
        Map<String, Stats> cpus = new LinkedHashMap<>();
        for (Map.Entry<String, List<RunResult>> entry : results.entrySet()) {
            Stats rate = Stats.of(entry.getValue().stream().map(RunResult::perSecond).toList());
            Stats cpu = Stats.of(entry.getValue().stream().map(RunResult::cpuMicrosPerItem).toList());
            Stats allocated = Stats.of(entry.getValue().stream().map(RunResult::bytesPerItem).toList());
            rates.put(entry.getKey(), rate);
            cpus.put(entry.getKey(), cpu);
            line(String.format("| %s | %.0f | %s | %.1f | %s | %.1f | %d |", entry.getKey(), rate.median(),
                    rate.spread(), cpu.median(), cpu.spread(), allocated.median() / 1024,
                    entry.getValue().get(0).requests()));
        }
        double vsLoop = rates.get(names.get(0)).median() / rates.get(names.get(1)).median();
        double vsRoute = rates.get(names.get(0)).median() / rates.get(names.get(2)).median();
        double cpuVsLoop = cpus.get(names.get(0)).median() / cpus.get(names.get(1)).median();
        line("");
        line("| ratio (medians) | value | target | met |");
        line("|---|---|---|---|");
        line(row("consumer throughput / loop", vsLoop, ">= 0.90", vsLoop >= 0.90));
        line(row("consumer throughput / camel-http route", vsRoute, ">= 1.50", vsRoute >= 1.50));
        line(row("consumer CPU per item / loop", cpuVsLoop, "<= 1.30", cpuVsLoop <= 1.30));
        line("");
    }

    private static String row(String what, double value, String target, boolean met) {
        return String.format("| %s | %.2f | %s | %s |", what, value, target, met ? "yes" : "**no**");
    }

    /** Requests the consumer sent by the time the last item arrived, against the least that can read them. */
    private void requestsPerItem(int items) throws Exception {
        line("## Requests per item");
        line("");
        line("Requests the server had answered when the consumer's last item arrived; the minimum is one request per"
             + " full page, ceil(N / perPage), at 100 per page.");
        line("");
        line("| items | instants | options | requests | minimum | requests / minimum | target | met |");
        line("|---|---|---|---|---|---|---|---|");
        requests(Transactions.distinct(items), "", 1.02);
        requests(Transactions.inRuns(20_000, 1_000), "", 1.02 * 1.1);
        requests(Transactions.distinct(20_000), "&maxMessagesPerPoll=100", 1.02);
        requests(Transactions.distinct(items), "&batching=true&greedy=true", 1.02);
        line("");
    }

    private void requests(Transactions transactions, String options, double target) throws Exception {
        server.serve(transactions, null);
        RunResult result = Contenders.consumer(server, transactions.count(), options, Contenders.unlimited());
        long minimum = (transactions.count() + PER_PAGE - 1) / PER_PAGE;
        double ratio = (double) result.requests() / minimum;
        line(String.format("| %d | %s | %s | %d | %d | %.3f | <= %.3f | %s |", transactions.count(),
                transactions.describe(), options.isEmpty() ? "-" : "`" + options.substring(1) + "`", result.requests(),
                minimum, ratio, target, ratio <= target ? "yes" : "**no**"));
    }

    /** The consumer in a JVM of its own with {@code -Xmx128m}, the heap after a full collection as it goes. */
    private void heap(int items) throws Exception {
        server.serve(Transactions.distinct(items), null);
        int sampleEvery = Math.max(1, items / 10);
        ProcessBuilder fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), HeapRun.class.getName(), server.baseUrl(),
                Integer.toString(items), Integer.toString(sampleEvery));
        fork.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = fork.start();
        List<long[]> samples = new ArrayList<>();
        long nanos = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String text = out.readLine(); text != null; text = out.readLine()) {
                String[] parts = text.split(" ");
                if (parts[0].equals("heap")) {
                    samples.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                } else if (parts[0].equals("done")) {
                    nanos = Long.parseLong(parts[2]);
                }
            }
        }
        int exit = process.waitFor();
        line("## Heap over " + items + " items at -Xmx128m");
        line("");
        line("The consumer in a forked JVM (`-Xmx128m`, the server stays in the benchmark's JVM); every " + sampleEvery
             + " items it runs a full collection and reports the heap still in use. Exit code " + exit + ", "
             + String.format("%.0f items/s", items * 1e9 / Math.max(1, nanos)) + ".");
        line("");
        line("| items | live heap after GC (MiB) |");
        line("|---|---|");
        for (long[] sample : samples) {
            line(String.format("| %d | %.1f |", sample[0], sample[1] / (double) (1 << 20)));
        }
        if (samples.size() >= 2) {
            long[] first = samples.get(0);
            long[] last = samples.get(samples.size() - 1);
            double growth = (double) (last[1] - first[1]) / (last[0] - first[0]);
            line("");
            line(String.format("Live heap growth from %d to %d items: %.3f bytes per item (flat, under one byte per"
                    + " item: %s).", first[0], last[0], growth, growth < 1 ? "yes" : "**no**"));
        }
        line("");
    }

    /** Qonto's two windows scaled down ten times in count and in time, so that the 10-minute one fits in minutes. */
    private void rateBudget(Duration longRun) throws Exception {
        line("## Rate budget");
        line("");
        line("The consumer against a server that answers 429 beyond either window, with the component's limiter set to"
             + " the same windows. Qonto's windows (1,000 per 10 s, 10,000 per 10 min) scaled down ten times in count"
             + " and in time: 100 per 1 s and 1,000 per 60 s. With Qonto's ratio the 10-minute window is the one that"
             + " binds (it allows a sixth of the other's pace); a second run grants a larger 10-minute budget, as Qonto"
             + " may, so that the 10-second window binds. Share = requests admitted in the run / what the window allows"
             + " in that time; peak = most requests in any span of the window's length / its limit. Pages of 10 items"
             + " keep the consumer's own work small next to the budget, which is what is measured here. At 100"
             + " requests a second one consumer, whose requests follow each other, would have to send one every 10 ms"
             + " whatever the network and the machine do; the second run has four routes share the budget, as several"
             + " routes against one account do.");
        line("");
        line("| run | routes | length | requests | 10-s window: share, peak | 10-min window: share, peak | 429s |");
        line("|---|---|---|---|---|---|---|");
        budgetRow("Qonto's windows, scaled (10-min binds)", 1, RateBudget.run(server, 100, Duration.ofSeconds(1),
                1_000, Duration.ofSeconds(60), longRun, 1), longRun);
        Duration shortRun = Duration.ofSeconds(30);
        budgetRow("10-min window granted higher (10-s binds)", 4, RateBudget.run(server, 100, Duration.ofSeconds(1),
                100_000, Duration.ofSeconds(60), shortRun, 4), shortRun);
        line("");
    }

    private void budgetRow(String name, int routes, RateBudget.Result result, Duration length) {
        line(String.format("| %s | %d | %d s | %d | %.1f%%, %.1f%% | %.1f%%, %.1f%% | %d |", name, routes,
                length.toSeconds(),
                result.used(), result.shares()[0] * 100, result.peaks()[0] * 100, result.shares()[1] * 100,
                result.peaks()[1] * 100, result.refused()));
    }

    /** 8 threads creating transfers to 20 payees, component and plain client interleaved. */
    private void payments(int rounds) throws Exception {
        int threads = 8;
        int perThread = 150;
        int payees = 20;
        List<RunResult> component = new ArrayList<>();
        List<RunResult> plain = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < 2; i++) {
                boolean componentsTurn = (round + i) % 2 == 0;
                server.serve(Transactions.distinct(0), null);
                RunResult result = componentsTurn
                        ? SepaCreates.component(server, threads, perThread, payees)
                        : SepaCreates.plainClient(server, threads, perThread, payees);
                if (round > 0) {
                    (componentsTurn ? component : plain).add(result);
                }
                System.out.printf("round %d %s: %.0f transfers/s%n", round, componentsTurn ? "component" : "plain",
                        result.perSecond());
            }
        }
        Stats componentRate = Stats.of(component.stream().map(RunResult::perSecond).toList());
        Stats plainRate = Stats.of(plain.stream().map(RunResult::perSecond).toList());
        line("## SEPA transfers from 8 threads");
        line("");
        line(threads + " threads each create " + perThread + " transfers to " + payees + " payees given by name and"
             + " IBAN (verify payee, then create), " + rounds + " rounds interleaved after one of warm-up. The plain"
             + " client makes both calls for every transfer; the component reuses a payee's proof.");
        line("");
        line("| client | transfers/s (median) | spread | calls per transfer | CPU µs/transfer (median) |");
        line("|---|---|---|---|---|");
        paymentRow("component producer", componentRate, component);
        paymentRow("HttpClient 5 + Jackson", plainRate, plain);
        double ratio = componentRate.median() / plainRate.median();
        line("");
        line("| ratio (medians) | value | target | met |");
        line("|---|---|---|---|");
        line(row("component transfers/s / plain client", ratio, ">= 0.85", ratio >= 0.85));
        line("");
    }

    private void paymentRow(String name, Stats rate, List<RunResult> runs) {
        line(String.format("| %s | %.0f | %s | %.2f | %.0f |", name, rate.median(), rate.spread(),
                (double) runs.get(0).requests() / runs.get(0).items(),
                Stats.of(runs.stream().map(RunResult::cpuMicrosPerItem).toList()).median()));
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
