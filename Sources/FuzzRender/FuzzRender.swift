import FuzzHarness

// libFuzzer target for `RenderHarness` (see scripts/fuzz.sh); without -D FUZZING a replayer.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.one(RenderHarness.run, data, size)
}

@main
enum FuzzRender {
    static func main() {
        FuzzEntry.main(name: "FuzzRender", testOneInput: testOneInput, harness: RenderHarness.run, seeds: FuzzSeeds.render)
    }
}
