import Foundation

/// The process's peak resident memory, for the benchmark's report.
public enum PeakMemory {
    /// Peak resident set size in bytes (Linux reports `ru_maxrss` in KiB).
    public static func bytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }

    /// Current resident set size in bytes from /proc (Linux); falls back to the peak.
    public static func currentBytes() -> Int {
        #if os(Linux)
        if let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
           let pages = s.split(separator: " ").dropFirst().first, let n = Int(pages) {
            return n * Int(sysconf(Int32(_SC_PAGESIZE)))
        }
        #endif
        return bytes()
    }
}
