import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift`, holding the commit the package is built from (`git rev-parse`), before
/// every build. Outside a git checkout (a tarball) or without git, the commit is `unknown` and the
/// build goes on. The file is replaced only when its text changes, so an unchanged commit recompiles
/// nothing.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.pluginWorkDirectoryURL.appendingPathComponent("generated")
        let script = """
            set -u
            cd "$1" || exit 1
            commit=unknown
            # Only the package's own checkout: a tarball unpacked inside another repository is not it.
            if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$(pwd -P)" ]; then
              commit=$(git rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
            fi
            if [ "$commit" != unknown ] && ! git diff --quiet HEAD -- 2>/dev/null; then commit="$commit-dirty"; fi
            mkdir -p "$2"
            text="/// The commit bsh was built from, or unknown outside a git checkout.
            let buildCommit = \\"$commit\\""
            [ "$(cat "$2/BuildCommit.swift" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$2/BuildCommit.swift"
            """
        return [
            .prebuildCommand(
                displayName: "Reading the commit \(target.name) is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", context.package.directoryURL.path, directory.path],
                outputFilesDirectory: directory)
        ]
    }
}
