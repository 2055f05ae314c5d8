using System.Runtime.ExceptionServices;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Runs work on a thread with a 1.5 MB stack, the size the test host also gives every other thread, thread-pool workers
/// included (System.Threading.DefaultStackSize in the project file): the default of .NET on Windows and macOS, where IDEs
/// run analyzers, where Linux would give 8 MB. An analyzer or generator that recurses without bound over a deep syntax
/// tree or a long control-flow graph then overflows and crashes the test run, where a bigger stack could hide it.
/// 1 MB is too small for the compiler itself, which overflows binding 200 nested lambdas.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 1536 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }
            },
            Bytes);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }
}
