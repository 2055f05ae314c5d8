using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>What one run of the command-line compiler cost and printed.</summary>
/// <param name="CpuMs">The child's user plus system CPU time, or null where it cannot be read (see <see cref="CommandLineCompiler"/>).</param>
/// <param name="Diagnostics">How many diagnostics of each ID the compiler printed (errors, warnings and infos).</param>
public sealed record CommandLineRun(
    Variant Variant,
    double ElapsedMs,
    double? CpuMs,
    int ExitCode,
    string Output,
    IReadOnlyDictionary<string, int> Diagnostics)
{
    /// <summary>
    /// The compiler's warnings that an analyzer or generator did not run: CS8032/CS8033 (no instance could be made,
    /// none in the assembly), CS8784/CS8785 (a generator failed to initialize or to run).
    /// </summary>
    public static readonly IReadOnlyList<string> ComponentFailures = ["CS8032", "CS8033", "CS8784", "CS8785"];

    /// <summary>The compiler succeeded and printed no compiler error (an analyzer's error would not stop the build).</summary>
    public bool Compiled => ExitCode == 0 && !Output.Contains("error CS", StringComparison.Ordinal);

    /// <summary>Every analyzer and generator given to the compiler was loaded and ran to its end.</summary>
    public bool ComponentsRan => !ComponentFailures.Any(id => Diagnostics.ContainsKey(id));

    /// <summary>Of <see cref="CpuMs"/>, what the compiler server spent; null for a build in the compiler's own process.</summary>
    public double? ServerCpuMs { get; init; }

    public int Count(string diagnosticId) => Diagnostics.GetValueOrDefault(diagnosticId);
}

/// <summary>
/// The SDK's own C# compiler, <c>csc.dll</c>, run as a child process: <c>dotnet csc.dll /noconfig @file.rsp</c>.
/// Run this way the compiler builds in its own process; it uses a compiler server only when given one's pipe
/// (<c>/shared:&lt;pipe&gt;</c>, see <see cref="CompilerServer"/>).
/// </summary>
public sealed class CommandLineCompiler
{
    private static readonly Regex DiagnosticLine = new(@"\b(?:error|warning|info) (?<id>[A-Z]+[0-9]+):", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private CommandLineCompiler(string dotnetHost, string compilerPath)
    {
        DotnetHost = dotnetHost;
        CompilerPath = compilerPath;
    }

    /// <summary>The <c>dotnet</c> host that runs the compiler.</summary>
    public string DotnetHost { get; }

    /// <summary><c>&lt;dotnet root&gt;/sdk/&lt;version&gt;/Roslyn/bincore/csc.dll</c>.</summary>
    public string CompilerPath { get; }

    /// <summary>Null where the compiler process's CPU time can be read; else why it cannot, for the notes.</summary>
    public static string? CpuTimeUnavailableReason => ChildCpuClock.IsAvailable
        ? null
        : $"The compiler process's CPU time is not measured on {RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture}): " +
          "it is read with libc's getrusage(RUSAGE_CHILDREN) on 64-bit Linux only, and that is not available here; the cpu_ figures are null.";

    /// <summary>
    /// The compiler of the newest SDK under the dotnet root that has one. The dotnet root is the directory of the
    /// <c>dotnet</c> host: this process when it is that host (a test run), else <c>DOTNET_ROOT</c>, else the
    /// <c>dotnet</c> found on <c>PATH</c> (its link resolved, since /usr/bin/dotnet is usually a link into the root).
    /// </summary>
    public static CommandLineCompiler Find()
    {
        var host = LocateDotnetHost();
        var sdks = Path.Combine(Path.GetDirectoryName(host)!, "sdk");
        return NewestCompilerUnder(sdks) is { } compiler
            ? new CommandLineCompiler(host, compiler)
            : throw new FileNotFoundException($"No SDK under {sdks} has Roslyn/bincore/csc.dll: the command-line measurement needs a .NET SDK, not only a runtime.");
    }

    /// <summary>
    /// <c>&lt;version&gt;/Roslyn/bincore/csc.dll</c> of the newest SDK folder under <paramref name="sdkDirectory"/>
    /// that has it (a release above its previews; folders not named by a version skipped), or null.
    /// </summary>
    public static string? NewestCompilerUnder(string sdkDirectory)
        => (Directory.Exists(sdkDirectory) ? Directory.GetDirectories(sdkDirectory) : [])
            .Select(dir => (Dir: dir, Version: SdkVersion.Parse(Path.GetFileName(dir))))
            .Where(sdk => sdk.Version is not null)
            .OrderByDescending(sdk => sdk.Version)
            .Select(sdk => Path.Combine(sdk.Dir, "Roslyn", "bincore", "csc.dll"))
            .FirstOrDefault(File.Exists);

    /// <summary>The compiler server beside the compiler (see <see cref="CompilerServer"/>).</summary>
    public string ServerPath => Path.Combine(Path.GetDirectoryName(CompilerPath)!, "VBCSCompiler.dll");

    /// <summary>
    /// Compiles with the arguments in <paramref name="responseFile"/>, timed from start to exit: in the compiler's own
    /// process, or through the server listening on <paramref name="serverPipe"/> (the CPU time then is the client's only).
    /// </summary>
    public CommandLineRun Run(Variant variant, string responseFile, string? serverPipe = null)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(responseFile)!,
        };

        // /noconfig on the command line: inside a response file the compiler ignores it (warning CS2023).
        start.ArgumentList.Add(CompilerPath);
        start.ArgumentList.Add("/noconfig");
        if (serverPipe is not null)
        {
            start.ArgumentList.Add("/shared:" + serverPipe);
        }

        start.ArgumentList.Add("@" + responseFile);

        var output = new StringBuilder();
        var cpuBefore = ChildCpuClock.Read();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        clock.Stop();
        var cpuAfter = ChildCpuClock.Read();

        var text = output.ToString();
        return new CommandLineRun(
            variant,
            clock.Elapsed.TotalMilliseconds,
            cpuBefore is { } before && cpuAfter is { } after ? after - before : null,
            process.ExitCode,
            text,
            CountDiagnostics(text));
    }

    /// <summary>Diagnostic IDs in the compiler's output, counted: <c>file(1,2): warning EDC0006: …</c>.</summary>
    public static IReadOnlyDictionary<string, int> CountDiagnostics(string output)
        => DiagnosticLine.Matches(output)
            .GroupBy(m => m.Groups["id"].Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

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

    private static string LocateDotnetHost()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == executable)
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, executable)))
        {
            return Path.Combine(root, executable);
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No '{executable}' host: not this process, not under DOTNET_ROOT, not on PATH.");
        return new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
    }

    /// <summary>An SDK folder name, <c>10.0.401</c> or <c>10.0.100-rc.2.25502.107</c>: a release sorts above its previews.</summary>
    private sealed record SdkVersion(Version Number, bool IsRelease, string Label) : IComparable<SdkVersion>
    {
        public static SdkVersion? Parse(string name)
        {
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var number = dash < 0 ? name : name[..dash];
            return Version.TryParse(number, out var version) ? new SdkVersion(version, dash < 0, dash < 0 ? "" : name[(dash + 1)..]) : null;
        }

        public int CompareTo(SdkVersion? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byNumber = Number.CompareTo(other.Number);
            if (byNumber != 0)
            {
                return byNumber;
            }

            return IsRelease != other.IsRelease ? (IsRelease ? 1 : -1) : string.CompareOrdinal(Label, other.Label);
        }
    }

    /// <summary>
    /// The CPU time of this process's finished children. <see cref="Process.TotalProcessorTime"/> cannot give a child's
    /// CPU time on Linux once it has exited: it reads /proc/&lt;pid&gt;/stat, which is gone when the runtime has reaped
    /// the child, which it has by the time <see cref="Process.WaitForExit()"/> returns. The kernel adds a child's user
    /// and system time to the parent's <c>RUSAGE_CHILDREN</c> account when the child is reaped, so the difference of
    /// <c>getrusage(RUSAGE_CHILDREN)</c> before the start and after the wait is that child's CPU time (and any
    /// grandchildren it waited for), provided no other child of this process ends meanwhile: the measurement runs
    /// one compiler at a time and starts no other process.
    /// </summary>
    private static class ChildCpuClock
    {
        private const int RusageChildren = -1;

        // struct rusage on 64-bit Linux: two struct timeval {long tv_sec; long tv_usec;} (user, system), then 14 longs.
        private const int RusageLongs = 18;

        public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && Read() is not null;

        /// <summary>User plus system CPU milliseconds of reaped children, or null when getrusage cannot be called.</summary>
        public static double? Read()
        {
            if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            {
                return null;
            }

            var usage = new long[RusageLongs];
            try
            {
                if (GetResourceUsage(RusageChildren, usage) != 0)
                {
                    return null;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }

            return (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
        }

        [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
        private static extern int GetResourceUsage(int who, [In, Out] long[] usage);
    }
}
