using System.Diagnostics;

namespace Enefit.DataClassification.Benchmarks.Measurement;

/// <summary>
/// The SDK's compiler server, <c>VBCSCompiler.dll</c> beside <c>csc.dll</c>, kept running across the builds of one
/// size, as <c>dotnet build</c> keeps it across a developer's builds (shared compilation is on by default). A build
/// through it is the thin <c>csc.dll</c> client with <c>/shared:&lt;pipe&gt;</c>, and the server compiles: its code is
/// jitted and its metadata loaded once, not in every build. The benchmark starts the server as its own child under a
/// pipe name of its own, so that no other build on the machine uses it and its CPU time can be read, and shuts it
/// down when the size is done.
/// </summary>
public sealed class CompilerServer : IDisposable
{
    private static readonly TimeSpan ListenTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    private readonly CommandLineCompiler _compiler;
    private readonly Process _process;

    private CompilerServer(CommandLineCompiler compiler, Process process, string pipeName)
    {
        _compiler = compiler;
        _process = process;
        PipeName = pipeName;
    }

    public string PipeName { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts a server under a new pipe name and waits until it listens: a client that finds no server there would
    /// start one of its own, whose CPU time this class would not see. On Unix the pipe is a socket file, which the server
    /// creates in /tmp (or the temporary folder) once it listens; where no such file appears, the first build's
    /// <see cref="Attribute"/> check still finds out whether this server compiled it.
    /// </summary>
    public static CompilerServer Start(CommandLineCompiler compiler)
    {
        var serverPath = compiler.ServerPath;
        if (!File.Exists(serverPath))
        {
            throw new FileNotFoundException($"No compiler server beside {compiler.CompilerPath}: the compiler-server measurement needs {serverPath}.", serverPath);
        }

        // Short: on Unix the pipe's socket path must fit in about 100 characters.
        var pipeName = "edc-bench-" + Guid.NewGuid().ToString("N")[..16];
        var process = Process.Start(ServerCommand(compiler.DotnetHost, serverPath, "-pipename:" + pipeName))
            ?? throw new InvalidOperationException($"Could not start {serverPath}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new CompilerServer(compiler, process, pipeName);
        try
        {
            server.WaitUntilListening();
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Builds with the arguments in <paramref name="responseFile"/> through this server: the wall-clock time is the
    /// client's, from its start to its exit; the CPU time is the client's plus what the server spent meanwhile.
    /// </summary>
    public CommandLineRun Run(Variant variant, string responseFile)
    {
        var before = ServerCpuMs();
        var run = _compiler.Run(variant, responseFile, PipeName);
        return Attribute(run, ServerCpuMs() - before);
    }

    /// <summary>
    /// Adds the server's CPU time to the client's. A client that cannot reach the server compiles by itself, silently:
    /// then the server spent less CPU time than the client (a client that only hands the build over spends a fraction of
    /// a second), and the run is refused, since it would be a measurement of a build in its own process.
    /// </summary>
    public static CommandLineRun Attribute(CommandLineRun run, double serverCpuMs)
    {
        if (serverCpuMs <= 0 || (run.CpuMs is { } client && serverCpuMs < client))
        {
            throw new InvalidOperationException(
                $"The compiler server did not compile variant {SizeBenchmark.Letter(run.Variant)}: it spent {serverCpuMs:F0} ms of CPU time " +
                $"while the client spent {(run.CpuMs is { } c ? c.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "an unknown amount")}; " +
                "the client compiled by itself, so the figure would not be a build through the server.");
        }

        return run with { CpuMs = run.CpuMs + serverCpuMs, ServerCpuMs = serverCpuMs };
    }

    /// <summary>Asks the server to shut down (<c>-shutdown</c>), and ends it if it does not within half a minute.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try
            {
                using var request = Process.Start(ServerCommand(_compiler.DotnetHost, _compiler.ServerPath, "-shutdown", "-pipename:" + PipeName));
                request?.WaitForExit(ShutdownTimeout);
            }
            finally
            {
                if (!_process.WaitForExit(ShutdownTimeout))
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit();
                }
            }
        }

        _process.Dispose();
    }

    /// <summary><c>dotnet VBCSCompiler.dll &lt;arguments&gt;</c>, its output taken in so that nothing of it reaches the console.</summary>
    private static ProcessStartInfo ServerCommand(string dotnetHost, string serverPath, params string[] arguments)
    {
        var start = new ProcessStartInfo(dotnetHost) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(serverPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private double ServerCpuMs()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalMilliseconds;
    }

    private void WaitUntilListening()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var sockets = new[] { Path.Combine("/tmp", PipeName), Path.Combine(Path.GetTempPath(), PipeName) };
        var clock = Stopwatch.StartNew();
        while (!sockets.Any(File.Exists) && clock.Elapsed < ListenTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The compiler server ended with exit code {_process.ExitCode} before it listened on pipe {PipeName}.");
            }

            Thread.Sleep(50);
        }
    }
}
