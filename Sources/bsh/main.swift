import BshCLI

Bsh.prepareProcess()
await Bsh.main()
