/// What access is resolved from: the flags, the environment and the config file. Kept for the whole
/// run, so that `profile NAME` at the prompt resolves again the same way, the flags and environment
/// still winning over the profile.
struct AccessSources: Sendable {
    let flags: AccessSettings.Flags
    let environment: [String: String]

    /// Settings and the profile they came from.
    struct Resolved: Sendable, Equatable {
        let settings: AccessSettings
        /// The profile used, if any.
        let profile: String?
        /// The profile's `output`, if it has one.
        let output: String?
    }

    /// The settings for `requested`, else the profile `--profile`, `BSH_PROFILE` or the file's
    /// `default_profile` names, else for no profile.
    func resolve(profile requested: String? = nil) throws(UsageError) -> Resolved {
        if flags.forceEmulator { return Resolved(settings: .emulator(reason: "--emulator"), profile: nil, output: nil) }
        let file = try ConfigFile.load(environment: environment)
        let choice = requested.map { ($0, "profile") } ?? flags.profile.map { ($0, "--profile") }
            ?? environment["BSH_PROFILE"].flatMap { $0.isEmpty ? nil : ($0, "BSH_PROFILE") }
            ?? file?.defaultProfile.map { ($0, "default_profile") }
        var profile: ConfigProfile?
        if let (name, source) = choice {
            guard let file else {
                let path = ConfigFile.location(environment: environment).path
                throw UsageError("\(source) names profile '\(name)', but there is no config file at \(path)")
            }
            guard let found = file.profile(named: name) else {
                let names = file.profiles.map(\.name)
                let known = names.isEmpty ? "it has no [profile.NAME] tables" : "its profiles are \(names.joined(separator: ", "))"
                throw UsageError("\(source) names profile '\(name)', which \(file.path) does not have; \(known)")
            }
            profile = found
        }
        let settings = try AccessSettings.resolve(flags: flags, environment: environment, profile: profile)
        return Resolved(settings: settings, profile: profile?.name, output: profile?.output)
    }

    /// The profiles of the config file, none when there is no file.
    func profiles() throws(UsageError) -> [ConfigProfile] {
        try ConfigFile.load(environment: environment)?.profiles ?? []
    }
}
