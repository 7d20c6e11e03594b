import BshRuntime
import Foundation
import TOMLKit

/// The config file: `$BSH_CONFIG`, else `$XDG_CONFIG_HOME/bsh/config.toml` (by default
/// `~/.config/bsh/config.toml`), holding a `default_profile` and `[profile.NAME]` tables.
struct ConfigFile: Sendable, Equatable {
    let path: String
    let defaultProfile: String?
    /// The profiles, by name.
    let profiles: [ConfigProfile]

    /// The profile with this name, if there is one.
    func profile(named name: String) -> ConfigProfile? {
        profiles.first { $0.name == name }
    }

    /// Where the file is looked for, and whether it was named explicitly (then it must exist).
    static func location(environment: [String: String]) -> (path: String, explicit: Bool) {
        if let path = environment["BSH_CONFIG"], !path.isEmpty { return (path, true) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return (config + "/bsh/config.toml", false)
    }

    /// The file, read and checked; nil when there is none where it is looked for by default.
    static func load(environment: [String: String]) throws(UsageError) -> ConfigFile? {
        let (path, explicit) = location(environment: environment)
        guard FileManager.default.fileExists(atPath: path) || explicit else { return nil }
        let text: String
        switch SourceReader.read(path: path) {
        case .success(let read): text = read
        case .failure(let failure): throw UsageError("cannot read the config file \(path): \(failure.reason)")
        }
        let file = try parse(text, path: path)
        try file.checkPermissions()
        return file
    }

    /// The file's contents; a TOML error is reported as `FILE:LINE:COLUMN: message`.
    static func parse(_ text: String, path: String) throws(UsageError) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let at = error.source.begin
            throw UsageError("\(path):\(at.line):\(at.column): \(error.description)")
        } catch {
            throw UsageError("\(path): \(error)")
        }
        if let key = table.keys.first(where: { !["default_profile", "profile"].contains($0) }) {
            throw UsageError("\(path): unknown key '\(key)'; the file holds default_profile and [profile.NAME] tables")
        }
        var defaultProfile: String?
        if let value = table["default_profile"] {
            guard let name = value.string else { throw UsageError("\(path): default_profile must be a string, not \(value.type)") }
            defaultProfile = name
        }
        var profiles: [ConfigProfile] = []
        if let value = table["profile"] {
            guard let tables = value.table else { throw UsageError("\(path): profile must be a table of [profile.NAME] tables") }
            for name in tables.keys {
                guard let profile = tables[name]?.table else {
                    throw UsageError("\(path): profile.\(name) must be a table: write [profile.\(name)] and its keys below it")
                }
                profiles.append(try ConfigProfile(name: name, table: profile, place: path))
            }
        }
        return ConfigFile(path: path, defaultProfile: defaultProfile, profiles: profiles)
    }

    /// Refuses a file that others may read while it holds a secret, or change while it names a command
    /// to run, as ssh refuses a private key others can read.
    func checkPermissions() throws(UsageError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        else { return }
        let octal = "0" + String(mode & 0o777, radix: 8)
        if let holder = profiles.first(where: { !$0.inlineSecretKeys.isEmpty }), mode & 0o044 != 0 {
            let key = holder.inlineSecretKeys[0]
            throw UsageError(
                "\(path) holds a secret (\(key) in [profile.\(holder.name)]) and is readable by group or others (mode \(octal)); "
                    + "run: chmod 600 \(path)")
        }
        if let holder = profiles.first(where: \.hasCommand), mode & 0o022 != 0 {
            throw UsageError(
                "\(path) names a command to run ([profile.\(holder.name)]) and is writable by group or others (mode \(octal)); "
                    + "run: chmod 600 \(path)")
        }
    }
}
