package org.kabinet.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one benchmark run found: on what, where and when; each operation's figures; why
 * start-up was not measured, if it was not ({@code startupSkipped}: "noDisplay" or "notAsked",
 * else null); the largest
 * resident size of the benchmark's own process and of the started windows, in MB (0: not measured).
 */
public record BenchResult(LocalDateTime at, BenchFile file, Machine machine, BenchRuns runs,
        List<Measurement> measurements, String startupSkipped, double peakMb, double startupPeakMb) {
}
