using System.Diagnostics;
using System.Text;

namespace Enefit.DataClassification.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI as a user would, outside the test host's MSBuild environment.</summary>
internal static class DotNetCli
{
    public static CliResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside `dotnet test`; its MSBuild variables would point the child build at the outer one.
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.ToString());
    }

    private static bool IsInheritedBuildVariable(string name)
        => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
            || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output);
