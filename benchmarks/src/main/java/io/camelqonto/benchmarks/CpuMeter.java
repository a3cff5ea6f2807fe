package io.camelqonto.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time and allocated bytes of the JVM's threads, the server's left out: what a contender spends on the client side.
 * A snapshot before and one after a run give what the run cost; threads started during the run count from zero. The
 * garbage collector's own threads are not Java threads and are not counted: allocated bytes stand for that cost.
 */
final class CpuMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Map<Long, long[]> perThread;

    private CpuMeter(Map<Long, long[]> perThread) {
        this.perThread = perThread;
    }

    static CpuMeter snapshot() {
        Map<Long, long[]> perThread = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        long[] cpu = THREADS.getThreadCpuTime(ids);
        long[] allocated = THREADS.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && counted(infos[i].getThreadName()) && cpu[i] >= 0) {
                perThread.put(ids[i], new long[] {cpu[i], allocated[i]});
            }
        }
        return new CpuMeter(perThread);
    }

    private static boolean counted(String name) {
        return !name.startsWith(FastQontoServer.THREAD_PREFIX) && !name.startsWith("HTTP-Dispatcher");
    }

    /** CPU nanoseconds and allocated bytes spent between {@code before} and this snapshot. */
    long[] since(CpuMeter before) {
        long cpu = 0;
        long allocated = 0;
        for (Map.Entry<Long, long[]> thread : perThread.entrySet()) {
            long[] start = before.perThread.getOrDefault(thread.getKey(), new long[2]);
            cpu += thread.getValue()[0] - start[0];
            allocated += thread.getValue()[1] - start[1];
        }
        return new long[] {cpu, allocated};
    }
}
