// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bsh",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bsh", targets: ["bsh"]),
        .executable(name: "bsh-emulator", targets: ["bsh-emulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        // The language: lexer, parser, AST, diagnostics. Pure and synchronous.
        .target(name: "BshLanguage", dependencies: ["NumberText", "TextDistance"]),
        // JSON string literals decoded one way for the value parser and the client's scanner. Pure.
        .target(name: "JSONText"),
        // Number literals (byte sizes, exact durations) read one way for the lexer's checks and the values. Pure.
        .target(name: "NumberText"),
        // Edit distance for "did you mean" hints, one way for the language, the values and the runtime. Pure.
        .target(name: "TextDistance"),
        // The wire contract shared by the client and the emulator.
        .target(name: "CloudBackupAPI", dependencies: [.product(name: "HTTPTypes", package: "swift-http-types")]),
        // The async client core: identity auth, transport, retries, errors.
        .target(
            name: "CloudBackupClient",
            dependencies: [
                "CloudBackupAPI",
                "JSONText",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        // The service emulator: identity and Cloud Backup v2 over real HTTP.
        .target(
            name: "CloudBackupEmulator",
            dependencies: [
                "CloudBackupAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The language's values: types, operators, builtins, filters, and their text, table, JSON and CSV forms. Pure.
        .target(name: "BshValues", dependencies: ["JSONText", "NumberText", "TextDistance"]),
        // The evaluator, commands, waiting and output; talks to the terminal through a host protocol.
        .target(
            name: "BshRuntime",
            dependencies: [
                "BshLanguage", "BshValues", "CloudBackupAPI", "CloudBackupClient", "TextDistance",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: ["CommandFamilies"]
        ),
        // Lists the command families found in BshRuntime/Commands, so that adding one edits no list.
        .plugin(name: "CommandFamilies", capability: .buildTool(), dependencies: ["command-family-finder"]),
        .executableTarget(name: "command-family-finder"),
        // libedit's variadic calls wrapped in plain C functions. All C lives here.
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        // The Swift line reader over libedit, with a plain fallback; knows nothing of bsh.
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        // The command line: options, configuration, REPL and script modes, wiring of the parts.
        .target(
            name: "BshCLI",
            dependencies: [
                "BshLanguage", "BshValues", "BshRuntime", "CloudBackupAPI", "CloudBackupClient", "CloudBackupEmulator", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["BuildCommit"]
        ),
        // Writes the commit the build comes from, for `bsh --version`; `unknown` outside a git checkout.
        .plugin(name: "BuildCommit", capability: .buildTool()),
        .executableTarget(name: "bsh", dependencies: ["BshCLI"]),
        .executableTarget(
            name: "bsh-emulator",
            dependencies: [
                "CloudBackupEmulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The baseline scripts/bench compares bsh's HTTP loop against.
        .executableTarget(
            name: "bench-http-loop",
            dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        // The baseline scripts/bench compares the emulator's request rate against: Hummingbird's hello world.
        .executableTarget(
            name: "bench-hello",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
        // Test helpers: an emulator on port 0, the bsh binary as a subprocess, golden files.
        .target(name: "BshTestSupport", dependencies: ["CloudBackupEmulator"]),

        // Test helpers: a real terminal (tmux) to type into and read back.
        .target(name: "TerminalTestSupport"),

        .testTarget(name: "BshLanguageTests", dependencies: ["BshLanguage", "TextDistance"]),
        .testTarget(name: "BshValuesTests", dependencies: ["BshValues"]),
        .testTarget(name: "JSONTextTests", dependencies: ["JSONText"]),
        .testTarget(
            name: "CloudBackupAPITests",
            dependencies: ["CloudBackupAPI", .product(name: "HTTPTypes", package: "swift-http-types")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CloudBackupClientTests",
            dependencies: [
                "CloudBackupAPI", "CloudBackupClient", "CloudBackupEmulator", "BshTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "CloudBackupEmulatorTests",
            dependencies: [
                "CloudBackupEmulator", "CloudBackupAPI", "BshTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(
            name: "BshRuntimeTests",
            dependencies: ["BshLanguage", "BshValues", "BshRuntime", "CloudBackupAPI", "CloudBackupClient", "CloudBackupEmulator", "BshTestSupport"]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "TerminalTestSupport"]),
        .testTarget(
            name: "BshCLITests",
            dependencies: [
                "BshCLI", "BshRuntime", "CloudBackupAPI", "CloudBackupClient", "CloudBackupEmulator", "BshTestSupport", "TerminalTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, built only by scripts/fuzz (BSH_FUZZ=1, scratch path .build-fuzz): the
// project's own modules get the fuzzer's coverage and AddressSanitizer, the dependencies stay plain.
// They are optimized too (twice the inputs a second), except with BSH_FUZZ=unoptimized, which
// builds sooner for short runs; BSH_FUZZ=coverage leaves AddressSanitizer out, for long runs.
if let fuzzing = Context.environment["BSH_FUZZ"] {
    let sanitized: Set = [
        "BshLanguage", "BshValues", "JSONText", "NumberText", "CloudBackupAPI", "CloudBackupClient", "BshRuntime",
    ]
    let sanitizers = fuzzing == "coverage" ? "-sanitize=fuzzer" : "-sanitize=fuzzer,address"
    let flags = [sanitizers] + (fuzzing == "unoptimized" ? [] : ["-O"])
    for target in package.targets where sanitized.contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(flags)]
    }
    let fuzzers: [(name: String, dependencies: [Target.Dependency])] = [
        ("fuzz-parse", ["BshLanguage"]),
        ("fuzz-check", ["BshLanguage", "BshRuntime"]),
        ("fuzz-json-value", ["BshValues"]),
        ("fuzz-browse-result", ["CloudBackupAPI", "CloudBackupClient"]),
        ("fuzz-models", ["CloudBackupAPI", "CloudBackupClient"]),
    ]
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .target(name: "FuzzDriver", dependencies: ["CFuzzerDriver"], path: "Fuzz/FuzzDriver"),
    ]
    for fuzzer in fuzzers {
        package.targets.append(.executableTarget(
            name: fuzzer.name, dependencies: fuzzer.dependencies + ["FuzzDriver"], path: "Fuzz/\(fuzzer.name)",
            swiftSettings: [.unsafeFlags([sanitizers, "-parse-as-library"])],
            linkerSettings: [.unsafeFlags([sanitizers, "-use-ld=lld"])]))
    }
}
