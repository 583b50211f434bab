import GuanxiCLI

GuanxiCommand.main()
