import CloudBackupAPI

/// `vault`: the current agent's vault: encrypting it, checking its password, moving it from another agent.
enum VaultCommands: CommandFamily {
    static let usage = "vault encrypt NEW_HEX [--old OLD_HEX] | vault verify HEX | vault move --from AGENT"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "vault", group: .vault, summary: "encrypt the agent's vault or verify its password ('wait' for the answer), or move a vault",
            usage: usage, example: "vault verify 6a1f…; wait",
            subcommands: [
                Subcommand(
                    "encrypt", usage: "vault encrypt NEW_HEX [--old OLD_HEX]", example: "vault encrypt 00ff… --old 6a1f…; wait",
                    secrets: .all(options: ["--old"])
                ) { shell, arguments in
                    let agent = try shell.requireAgent(for: "vault encrypt …")
                    let options = try OptionWords(&arguments, valued: ["--old"], usage: "vault encrypt NEW_HEX [--old OLD_HEX]")
                    guard options.positional.count == 1 else {
                        throw ShellError.usage("give one NEW_HEX", hint: "usage: vault encrypt NEW_HEX [--old OLD_HEX]")
                    }
                    let client = try await shell.client()
                    let warnings = await shell.wakeAgents(client)
                    let request = VaultEncryptionRequest(oldEncryptedPasswordHex: options.value("--old"), newEncryptedPasswordHex: options.positional[0])
                    let requestID = try await client.requestVaultEncryption(agentID: agent.id, request)
                    return CommandResult.none.noting(warnings)
                        .noting("\(agent.name): vault encryption requested (\(requestID.prefix(8))); 'wait' for the answer")
                        .starting(.vaultEncryption(agent: agent, requestID: requestID))
                },
                Subcommand("verify", usage: "vault verify HEX", example: "vault verify 6a1f…; wait", secrets: .all()) { shell, arguments in
                    let agent = try shell.requireAgent(for: "vault verify …")
                    let hex = try single(&arguments, "HEX", usage: "vault verify HEX")
                    let client = try await shell.client()
                    let warnings = await shell.wakeAgents(client)
                    let requestID = try await client.requestPasswordVerification(
                        agentID: agent.id, PasswordVerificationRequest(encryptedPasswordHex: hex))
                    return CommandResult.none.noting(warnings)
                        .noting("\(agent.name): password verification requested (\(requestID.prefix(8))); 'wait' for the answer")
                        .starting(.passwordVerification(agent: agent, requestID: requestID))
                },
                Subcommand("move", usage: "vault move --from AGENT", example: "agent web02; vault move --from web01") { shell, arguments in
                    let agent = try shell.requireAgent(for: "vault move …")
                    let options = try OptionWords(&arguments, valued: ["--from"], usage: "vault move --from AGENT")
                    try expectNoPositional(options, usage: "vault move --from AGENT")
                    guard let query = options.value("--from") else {
                        throw ShellError.usage("missing --from AGENT", hint: "usage: vault move --from AGENT")
                    }
                    let source = try await shell.resolveAgent(query)
                    try await shell.client().moveVault(to: agent.id, from: source.id)
                    return CommandResult.none.noting("vault of \(source.name) moved to \(agent.name)")
                },
            ]
        )
    ]
}
