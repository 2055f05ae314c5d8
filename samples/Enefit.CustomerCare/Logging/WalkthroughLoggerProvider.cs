using Microsoft.Extensions.Logging;

namespace Enefit.CustomerCare.Logging;

/// <summary>
/// Writes log lines straight to the console, indented under the walk-through step that caused them. The console
/// logger of Microsoft.Extensions.Logging writes from a background queue, which would print them out of order.
/// Redaction happens before this provider sees a line: it gets what any log sink would get.
/// </summary>
public sealed class WalkthroughLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new WalkthroughLogger();

    public void Dispose()
    {
    }

    private sealed class WalkthroughLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.WriteLine("     log: " + formatter(state, exception));
            }
        }
    }
}
