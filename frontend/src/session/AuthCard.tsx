import type { ReactNode } from 'react';
import { LanguagePicker } from '../layout/LanguagePicker';

/** What every page before signing in shows: the name, the page's title, its content, then the language picker. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        {/* the screen's name is its heading (and so the tab's title: "Sign in · Readtrack"), not the brand */}
        <p className="brand">Readtrack</p>
        <h1>{title}</h1>
        {children}
        <LanguagePicker />
      </div>
    </main>
  );
}
