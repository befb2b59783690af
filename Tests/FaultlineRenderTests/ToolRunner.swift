import Foundation

/// Runs an external program for the tests that check exports with other tools
/// (networkx, headless Chromium); nil when the program cannot be started.
enum ToolRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs to completion or `timeout` seconds; output goes through temporary files, so a
    /// chatty program never blocks on a full pipe.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 180) -> Result? {
        guard let dir = try? temporaryDirectory() else { return nil }
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? out.close(); try? err.close()
        let read = { (u: URL) in String(decoding: FileManager.default.contents(atPath: u.path) ?? Data(), as: UTF8.self) }
        return Result(status: process.terminationStatus, output: read(outURL), error: read(errURL))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
