import Foundation
import XCTest

/// Paths, scratch folders and the CLI runner shared by the robustness tests.
enum RobustnessSupport {
    /// The package root (the folder holding Package.swift).
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }

    static var examples: URL { packageRoot.appendingPathComponent("Examples") }

    /// Inputs that once broke a harness, one folder per fuzzer (`ingest`, `extract`, …).
    static func regressions(_ target: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions/\(target)")
    }

    static func temporaryDirectory(_ name: String = "robust") throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// The `faultline` executable beside the test bundle.
    static var executable: URL {
        var dir = Bundle(for: Marker.self).bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("faultline")
    }

    final class Marker {}

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `faultline ARGS` and captures both streams.
    static func faultline(_ args: [String], cwd: URL? = nil) throws -> Run {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = cwd ?? packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Both pipes are drained at once so that a full pipe never blocks the child.
        let errData = ErrorBuffer()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData.data, as: UTF8.self))
    }

    final class ErrorBuffer: @unchecked Sendable { var data = Data() }

    /// Seconds taken by `body` (best of `runs`, so a busy machine inflates it less).
    static func seconds(runs: Int = 2, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
