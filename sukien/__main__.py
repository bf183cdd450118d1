from sukien.cli import main

main()
