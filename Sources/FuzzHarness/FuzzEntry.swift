import Foundation

/// The glue between libFuzzer and a harness, shared by the `Fuzz*` executables.
///
/// Built with `-D FUZZING -sanitize=fuzzer,address` (see `scripts/fuzz.sh`), an executable
/// hands control to libFuzzer's driver; built normally it replays files and folders of
/// inputs through the same harness (`swift run FuzzIngest crash-…`), which is how a crash
/// found by the fuzzer is reproduced and debugged without sanitizers.
public enum FuzzEntry {
    /// Runs one input; a broken invariant becomes a crash so that libFuzzer saves the input.
    public static func one(_ harness: ([UInt8]) throws -> Void, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        do {
            try harness(bytes)
        } catch {
            fatalError("\(error)")
        }
        return 0
    }

    /// The executable's `main`: libFuzzer's driver when fuzzing, a replayer otherwise;
    /// `--write-seeds DIR EXAMPLE…` writes the seed corpus instead.
    public static func main(name: String, testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt,
                            harness: ([UInt8]) throws -> Void, seeds: ([FuzzSeeds.Example]) -> [[UInt8]]) -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--write-seeds", arguments.count >= 2 {
            let made = seeds(FuzzSeeds.examples(Array(arguments.dropFirst(2))))
            do { try FuzzSeeds.write(made, to: arguments[1]) } catch { print("\(error)"); exit(1) }
            print("\(name): wrote \(made.count) seed(s) to \(arguments[1])")
            exit(0)
        }
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        exit(replay(name: name, arguments: arguments, harness: harness))
        #endif
    }

    /// Runs every file named (folders: every file inside, sorted) through `harness` and
    /// prints one line per failure; returns the exit status (1 when anything failed).
    public static func replay(name: String, arguments: [String], harness: ([UInt8]) throws -> Void) -> Int32 {
        if arguments.isEmpty || arguments.contains("--help") {
            print("usage: \(name) FILE|DIR…   (replays inputs through the \(name) harness; see scripts/fuzz.sh to fuzz)")
            return arguments.isEmpty ? 2 : 0
        }
        var failures = 0, count = 0
        for path in FuzzCorpus.files(arguments) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read"); failures += 1; continue
            }
            count += 1
            do { try harness([UInt8](data)) } catch {
                print("\(path): \(error)"); failures += 1
            }
        }
        print("\(name): \(count) input(s), \(failures) failure(s)")
        return failures == 0 ? 0 : 1
    }
}

#if FUZZING
/// libFuzzer's entry point for programs that keep their own `main` (compiler-rt FuzzerDriver.cpp).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
