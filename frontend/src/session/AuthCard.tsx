import type { ReactNode } from 'react';
import { LanguagePicker } from '../layout/LanguagePicker';

/** What every page before signing in shows: the name, the page's title, its content, then the language picker. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1 className="brand">Readtrack</h1>
        <h2>{title}</h2>
        {children}
        <LanguagePicker />
      </div>
    </main>
  );
}
