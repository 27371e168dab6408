import { Injectable } from '@nestjs/common';
import { GuideView } from '@app/career-guides';
import { GuideContentHtml, renderGuideContent } from '../views/components/guide-content';
import { toGuideContentModel } from './to-guide-content-model';

const MAX_ENTRIES = 200;

/**
 * A guide's own text rendered once per version (its Markdown through the sanitizer, its figures, parts and FAQ),
 * not on every visit: an edit or a publish makes a new version and so a new entry. The oldest entries go first.
 */
@Injectable()
export class GuideContentCache {
  private readonly entries = new Map<string, GuideContentHtml>();

  of(guide: GuideView): GuideContentHtml {
    const key = `${guide.id} ${guide.version} ${guide.updatedAt} ${guide.status}`;
    const cached = this.entries.get(key);
    if (cached) return cached;
    const content = renderGuideContent(toGuideContentModel(guide));
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, content);
    return content;
  }
}
