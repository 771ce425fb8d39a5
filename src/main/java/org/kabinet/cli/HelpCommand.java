package org.kabinet.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code help}: lists the commands. */
final class HelpCommand implements Command {

    private final Cli cli;

    HelpCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty()) {
            var command = cli.find(args.get(0));
            if (command.isPresent()) {
                out.println(cli.messages().get(command.get().usageKey()));
                return 0;
            }
            throw new CliException("cli.error.unknownCommand", args.get(0));
        }
        out.println(cli.messages().get("cli.help.header"));
        for (Command command : cli.commands()) {
            out.printf("  %-15s %s%n", command.name(), cli.messages().get(command.summaryKey()));
        }
        out.println();
        out.println(cli.messages().get("cli.help.footer"));
        return 0;
    }
}
