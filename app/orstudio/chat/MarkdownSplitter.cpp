#include "chat/MarkdownSplitter.h"

namespace orc {

namespace {

struct Fence {
    QChar ch;
    qsizetype length = 0;
    QString language;
};

bool isBlank(QStringView line) {
    for (QChar c : line)
        if (c != u' ' && c != u'\t' && c != u'\r')
            return false;
    return true;
}

QStringView withoutCr(QStringView line) {
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

bool openingFence(QStringView rest, Fence *fence) {
    if (rest.isEmpty() || (rest.front() != u'`' && rest.front() != u'~'))
        return false;
    const QChar ch = rest.front();
    qsizetype n = 0;
    while (n < rest.size() && rest[n] == ch)
        ++n;
    if (n < 3)
        return false;
    const QStringView info = rest.sliced(n).trimmed();
    if (ch == u'`' && info.contains(u'`'))
        return false;
    qsizetype word = 0;
    while (word < info.size() && !info[word].isSpace() && info[word] != u'{' && info[word] != u',')
        ++word;
    fence->ch = ch;
    fence->length = n;
    fence->language = info.first(word).toString();
    return true;
}

bool closingFence(QStringView line, const Fence &fence) {
    qsizetype first = 0;
    if (MarkdownSplitter::indentWidth(line, &first) > 3)
        return false;
    const QStringView rest = line.sliced(first);
    qsizetype n = 0;
    while (n < rest.size() && rest[n] == fence.ch)
        ++n;
    return n >= fence.length && isBlank(rest.sliced(n));
}

} // namespace

int MarkdownSplitter::indentWidth(QStringView line, qsizetype *firstNonSpace) {
    int width = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++width;
        else if (line[i] == u'\t')
            width += 4 - width % 4;
        else
            break;
    }
    if (firstNonSpace)
        *firstNonSpace = i;
    return width;
}

bool MarkdownSplitter::isListMarker(QStringView rest) {
    if (rest.isEmpty())
        return false;
    const auto followedBySpace = [&rest](qsizetype at) {
        return at >= rest.size() || rest[at] == u' ' || rest[at] == u'\t';
    };
    const QChar c = rest.front();
    if (c == u'-' || c == u'*' || c == u'+')
        return followedBySpace(1);
    qsizetype n = 0;
    while (n < rest.size() && n < 10 && rest[n].isDigit())
        ++n;
    if (n == 0 || n > 9 || n >= rest.size())
        return false;
    return (rest[n] == u'.' || rest[n] == u')') && followedBySpace(n + 1);
}

QList<MarkdownSegmentRange> MarkdownSplitter::split(QStringView text, qsizetype from) {
    QList<MarkdownSegmentRange> out;
    const qsizetype n = text.size();

    MarkdownSegmentRange cur;
    cur.start = from;
    bool hasContent = false; // the current Markdown segment has a non-blank line
    bool sawBlank = false;   // a blank line followed that content
    bool listContext = false;
    Fence fence;

    qsizetype pos = from;
    while (pos < n) {
        qsizetype lineEnd = text.indexOf(u'\n', pos);
        const bool complete = lineEnd >= 0;
        if (!complete)
            lineEnd = n;
        const qsizetype next = complete ? lineEnd + 1 : n;
        const QStringView line = withoutCr(text.sliced(pos, lineEnd - pos));

        if (cur.code) {
            if (closingFence(line, fence)) {
                cur.codeEnd = pos;
                if (!complete)
                    break; // the text's last line: the segment may still grow past it
                cur.end = next;
                cur.decidedAt = next;
                out << cur;
                cur = MarkdownSegmentRange{};
                cur.start = next;
                hasContent = sawBlank = listContext = false;
            }
            pos = next;
            continue;
        }

        if (isBlank(line)) {
            if (hasContent)
                sawBlank = true;
            pos = next;
            continue;
        }

        qsizetype first = 0;
        const int indent = indentWidth(line, &first);
        const QStringView rest = line.sliced(first);
        Fence opened;
        if (complete && (indent == 0 || (indent <= 3 && !listContext)) &&
            openingFence(rest, &opened)) {
            if (hasContent) {
                cur.end = pos;
                cur.decidedAt = next;
                out << cur;
            }
            cur = MarkdownSegmentRange{};
            cur.start = pos;
            cur.code = true;
            cur.language = opened.language;
            cur.codeStart = next;
            cur.fenceIndent = indent;
            fence = opened;
            pos = next;
            continue;
        }

        const bool listItem = indent <= 3 && isListMarker(rest);
        if (sawBlank && complete && indent == 0 && !(listContext && listItem) &&
            pos - cur.start >= kTargetChars) {
            cur.end = pos;
            cur.decidedAt = next;
            out << cur;
            cur = MarkdownSegmentRange{};
            cur.start = pos;
        }
        if (listItem)
            listContext = true;
        else if (indent == 0)
            listContext = false;
        hasContent = true;
        sawBlank = false;
        pos = next;
    }

    // The last segment can still change; it may be only blank lines after a code block
    // (rendered as nothing), which keeps that code block final.
    cur.end = n;
    cur.decidedAt = -1;
    if (cur.code && cur.codeEnd < cur.codeStart)
        cur.codeEnd = n; // unterminated fence: everything after the opening line is code
    out << cur;
    return out;
}

QString MarkdownSplitter::codeText(QStringView text, const MarkdownSegmentRange &segment) {
    if (!segment.code)
        return {};
    const qsizetype start = qMin(segment.codeStart, text.size());
    const qsizetype end = qBound(start, segment.codeEnd, text.size());
    QStringView code = text.sliced(start, end - start);
    if (code.endsWith(u'\n'))
        code.chop(1);
    if (code.endsWith(u'\r'))
        code.chop(1);
    if (segment.fenceIndent == 0 && !code.contains(u'\r'))
        return code.toString();
    QString out;
    out.reserve(code.size());
    qsizetype pos = 0;
    while (pos <= code.size()) {
        qsizetype lineEnd = code.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = code.size();
        QStringView line = withoutCr(code.sliced(pos, lineEnd - pos));
        int removed = 0;
        while (removed < segment.fenceIndent && !line.isEmpty() && line.front() == u' ') {
            line = line.sliced(1);
            ++removed;
        }
        if (pos > 0)
            out += u'\n';
        out += line;
        pos = lineEnd + 1;
    }
    return out;
}

} // namespace orc
