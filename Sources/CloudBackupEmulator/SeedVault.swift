/// A seeded agent's vault; encrypted ones take `SeedProject.vaultPasswordHex`.
struct SeedVault: Sendable {
    var id: String
    var encrypted: Bool
    var useInternal: Bool
}
