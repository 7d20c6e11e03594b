import BshCLI

await Bsh.main()
