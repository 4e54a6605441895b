import Foundation
import GovDocKit
import Hummingbird
import NIOCore

/// Whether the client of one connection is still there, and the work to stop when it goes.
///
/// A client that goes away mid-request (closes the socket, or its side of it) sends a FIN or a
/// RST; NIO reads it while the work runs on its thread and the ``ClientDisconnectHandler`` of
/// the connection calls ``clientLeft()``, which stops every piece of work the connection's
/// requests are running. Like nginx (its 499), a client that shuts its sending side after a
/// complete request is taken as gone: its answer would have nowhere to go.
final class ConnectionWatch: @unchecked Sendable {
    private struct State {
        var gone = false
        var signals: [ObjectIdentifier: StopSignal] = [:]
    }
    private let lock = NSLock()
    private var state = State()

    private func withState<T>(_ body: (inout State) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body(&state)
    }

    /// The watch of the request being served (set by ``ClientDisconnectMiddleware``); nil when
    /// the request came without a connection (the router tests).
    @TaskLocal static var current: ConnectionWatch?

    /// Runs `body` with `signal` stopped when the current request's client goes (``current``;
    /// a request without a connection runs it as it is).
    static func stoppingCurrent<T>(_ signal: StopSignal, during body: () async throws -> T) async rethrows -> T {
        guard let watch = current else { return try await body() }
        return try await watch.stopping(signal, during: body)
    }

    /// Stops `signal` when the client goes (at once if it has gone already), until `body` ends.
    func stopping<T>(_ signal: StopSignal, during body: () async throws -> T) async rethrows -> T {
        let key = ObjectIdentifier(signal)
        let goneAlready = withState { state -> Bool in
            if !state.gone { state.signals[key] = signal }
            return state.gone
        }
        if goneAlready { signal.stop() }
        defer { _ = withState { $0.signals.removeValue(forKey: key) } }
        return try await body()
    }

    /// The client closed its side or the connection died: every running piece of work stops.
    func clientLeft() {
        let signals = withState { state -> [StopSignal] in
            state.gone = true
            defer { state.signals = [:] }
            return Array(state.signals.values)
        }
        for signal in signals { signal.stop() }
    }
}

/// The channel handler that notices a client going: end of input (`ChannelEvent.inputClosed`:
/// the server allows half-closure, so a FIN arrives as that event) or the connection gone (a
/// reset closes the channel: `channelInactive`).
final class ClientDisconnectHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    let watch = ConnectionWatch()

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed { watch.clientLeft() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        watch.clientLeft()
        context.fireChannelInactive()
    }
}

/// The request context of `govdoc serve`: Hummingbird's basic one plus the request's channel,
/// through which the middleware finds the connection's ``ConnectionWatch``.
public struct GovDocRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let channel: (any Channel)?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// Runs every request with its connection's watch as ``ConnectionWatch/current``, so that the
/// work it starts stops when the client goes (see ``ServerAPI/work(_:_:)``).
struct ClientDisconnectMiddleware: RouterMiddleware {
    typealias Context = GovDocRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let watch = try? await context.channel?.pipeline.handler(type: ClientDisconnectHandler.self).map { $0.watch }.get()
        return try await ConnectionWatch.$current.withValue(watch) { try await next(request, context) }
    }
}
