import Foundation
import PackagePlugin

/// Lists the command families of a target (the types in its `Commands` folder that conform to
/// `CommandFamily`) in a generated file, so that a new family is one new file, listed nowhere else.
@main
struct CommandFamilies: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles(withSuffix: "swift").map(\.url).filter { $0.path.contains("/Commands/") }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("CommandFamilies.swift")
        return [
            .buildCommand(
                displayName: "Listing the command families of \(target.name)",
                executable: try context.tool(named: "command-family-finder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
