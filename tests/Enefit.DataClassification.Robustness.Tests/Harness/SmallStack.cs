using System.Runtime.ExceptionServices;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Runs work on a thread with a 1 MB stack, the size the test host also gives every other thread
/// (DOTNET_DefaultStackSize in robustness.runsettings). An analyzer or generator that recurses without bound over a deep
/// syntax tree or control-flow graph then overflows and crashes the test run, where a bigger stack could hide it.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 1024 * 1024;

    /// <summary>The value robustness.runsettings gives DOTNET_DefaultStackSize: hexadecimal bytes.</summary>
    public const string DefaultStackSizeSetting = "100000";

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
