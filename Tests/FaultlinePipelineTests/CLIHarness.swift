import Foundation
import XCTest

/// Runs the built `faultline` executable, as a user would, and captures what it prints.
enum CLIHarness {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var out: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The package root (the folder holding Package.swift).
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }

    /// `../shared/data` beside the repository, when present.
    static var sharedData: URL? {
        let u = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    static var sharedSeed: URL? {
        let u = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/aleppo-2016-12-14.vi.txt")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    /// The executable beside the test bundle.
    static var executable: URL {
        var dir = Bundle(for: Marker.self).bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("faultline")
    }

    final class Marker {}

    /// Standard error read on another thread: a locked box, so the hand-over is visibly
    /// synchronised (the group's wait orders it too, but the compiler cannot see that).
    final class DataBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
    }

    @discardableResult
    static func run(_ args: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = cwd ?? packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errBox.set(err.fileHandleForReading.readDataToEndOfFile()); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: outData, stderr: String(decoding: errBox.get(), as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}
