using System.Runtime.ExceptionServices;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>
/// Runs work on a thread with a 2 MB stack, the size the test host also gives every other thread, thread-pool workers
/// included (System.Threading.DefaultStackSize in the project file), where Linux would give 8 MB. An analyzer or
/// generator that recurses without bound over a long method or control-flow graph then overflows and crashes the test
/// run, where a bigger stack could hide it. 2 MB is about the least the compiler itself needs for the extremes: at
/// 1.5 MB it overflows building the operation tree of 500 nested ifs, at 1 MB binding 200 nested lambdas.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 2048 * 1024;

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
