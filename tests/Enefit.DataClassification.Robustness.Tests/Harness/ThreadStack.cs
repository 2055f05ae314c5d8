using System.Runtime.InteropServices;

namespace Enefit.DataClassification.Robustness.Tests.Harness;

/// <summary>The stack size of the calling thread, as the C library reports it on Linux.</summary>
internal static partial class ThreadStack
{
    /// <summary>The current thread's stack size in bytes, or null where it cannot be read (not Linux with glibc).</summary>
    public static unsafe long? CurrentSize()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // pthread_attr_t is 56 bytes on x86-64 and 64 on arm64: 128 leaves room.
        var attributes = stackalloc byte[128];
        if (pthread_getattr_np(pthread_self(), attributes) != 0)
        {
            return null;
        }

        try
        {
            return pthread_attr_getstacksize(attributes, out var size) == 0 ? (long)size : null;
        }
        finally
        {
            _ = pthread_attr_destroy(attributes);
        }
    }

    [LibraryImport("libc.so.6")]
    private static partial nuint pthread_self();

    [LibraryImport("libc.so.6")]
    private static unsafe partial int pthread_getattr_np(nuint thread, byte* attributes);

    [LibraryImport("libc.so.6")]
    private static unsafe partial int pthread_attr_getstacksize(byte* attributes, out nuint size);

    [LibraryImport("libc.so.6")]
    private static unsafe partial int pthread_attr_destroy(byte* attributes);
}
