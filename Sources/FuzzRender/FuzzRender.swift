import Foundation
import FuzzHarness
import FaultlineRender

// libFuzzer target for `RenderHarness` (see scripts/fuzz.sh); without -D FUZZING a replayer.
// `FuzzRender --dot FILE.dot [ENGINE]` renders a DOT file in process, as the renderer
// does, to reproduce a Graphviz crash outside the fuzzer.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.one(RenderHarness.run, data, size)
}

@main
enum FuzzRender {
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count >= 3, arguments[1] == "--dot" {
            guard let data = FileManager.default.contents(atPath: arguments[2]) else { print("cannot read \(arguments[2])"); exit(2) }
            let engine = arguments.count > 3 ? LayoutEngine(rawValue: arguments[3]) ?? .dot : .dot
            do {
                try RenderHarness.renderChecked(String(decoding: data, as: UTF8.self), engine: engine, what: arguments[2])
                print("ok")
                exit(0)
            } catch {
                print("\(error)")
                exit(1)
            }
        }
        FuzzEntry.main(name: "FuzzRender", testOneInput: testOneInput, harness: RenderHarness.run, seeds: FuzzSeeds.render)
    }
}
